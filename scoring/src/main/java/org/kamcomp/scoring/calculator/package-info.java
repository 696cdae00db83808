/**
 * The offline calculator: reads a self-contained scenario file (JSON), calculates every statement
 * with the engine, and writes them as JSON and CSV. Errors name the path of the bad field.
 */
package org.kamcomp.scoring.calculator;
