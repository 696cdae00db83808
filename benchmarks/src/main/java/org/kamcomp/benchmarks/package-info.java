/** JMH benchmarks: the engine's throughput next to a floor measured in the same run. */
package org.kamcomp.benchmarks;
