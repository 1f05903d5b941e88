/**
 * What the commands do, apart from reading the command line: a run from its folder and manifest
 * to its checkpoints, resumption and steady-state warnings; a sweep or a paired comparison from
 * its plan to its session, progress and memory check; the printed tables; and the faults a user
 * can meet (bad input, a full disk, too little memory) said in one paragraph. The command line
 * ({@code cli}) parses options with picocli and calls in here; nothing here knows picocli, so
 * another front end (a notebook, a service) could drive the same steps.
 */
package org.releasesim.app;
