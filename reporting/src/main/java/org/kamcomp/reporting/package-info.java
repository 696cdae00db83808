/**
 * Reports: statements, plan documents and compliance reports (JasperReports), their schedules and
 * their archive. The reports arrive with the features they report on.
 */
package org.kamcomp.reporting;
