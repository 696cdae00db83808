package org.kamcomp.domain.account;

/** How much an account matters: strategic and key accounts get key account managers. */
public enum AccountTier {
  STRATEGIC,
  KEY,
  CORE
}
