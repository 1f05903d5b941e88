/**
 * Global sensitivity indices, written from their papers and checked against known answers
 * (the Ishigami function's analytic Sobol indices; a function with a known Morris ranking):
 * Morris elementary effects with mu* (Morris 1991; Campolongo et al. 2007), and first- and
 * total-order Sobol indices (Saltelli et al. 2010; Jansen 1999).
 */
package org.releasesim.experiment.sensitivity;
