/**
 * The calculation engine's pure core: its own input and output types, exact arithmetic, and the one
 * rounding policy of every payout. No container or persistence types belong here.
 */
package org.kamcomp.scoring;
