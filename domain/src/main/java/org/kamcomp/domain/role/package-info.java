/**
 * Role profiles: the buying-process facts of a sales role (cycle length, opportunities a year, team
 * selling) that decide which plan design fits it.
 */
package org.kamcomp.domain.role;
