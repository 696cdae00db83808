/** Plan design over HTTP: role profiles, plans, versions, approval and the plan-fit check. */
package org.kamcomp.api.plan;
