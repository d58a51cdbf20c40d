/**
 * The named errors of the DR workflows. The package is named {@code DR} on purpose: Lambda reports an exception's
 * full class name as the error Step Functions matches, so {@code DR.LockHeld} is the class LockHeld here.
 */
package DR;
