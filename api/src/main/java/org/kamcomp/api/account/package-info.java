/** Accounts and their teams, read through the API. */
package org.kamcomp.api.account;
