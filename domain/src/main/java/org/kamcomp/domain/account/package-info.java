/** Customer accounts in tiers, and the account teams credited for their business. */
package org.kamcomp.domain.account;
