/*
 * planted-fault.c: papers with a memory error planted on the no-match
 * path, for CI's self-check (make papers-planted; see .ci/run).
 *
 * papers.c is compiled unchanged with -Dmain=papers_main and linked with
 * this file, whose main runs papers and, when papers exits 1 (nothing
 * selected), reads one byte past a malloc'd buffer.  Built with ASan, that
 * read is a heap-buffer-overflow report and a sanitizer exit status in
 * place of 1, so every test that expects exit 1 must fail.  If the suite
 * passes against this binary, the sanitizer stages prove nothing.
 */
#undef main	/* -Dmain=papers_main is meant for papers.c only */

#include <stdlib.h>

int papers_main(int, char *[]);

int
main(int argc, char *argv[])
{
	int rv = papers_main(argc, argv);

	if (rv == 1) {
		size_t n = (size_t)argc + 7;	/* not a compile-time size */
		volatile char *buf = malloc(n);

		if (buf) {
			buf[n - 1] = 0;
			(void)buf[n];	/* one byte past the end */
			free((void *)buf);
		}
	}
	return rv;
}
