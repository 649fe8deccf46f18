/*
 * grapheme-test FILE: runs every line of Unicode's GraphemeBreakTest.txt
 * through papers' grapheme cluster cutter (grapheme_end) and prints
 * "N passed, N failed"; exit 0 only when none failed.  Built by
 * test/tables.bats against papers.c itself.
 */
#define PAPERS_NO_MAIN
#include "../../papers.c"
#include <ctype.h>

int
main(int argc, char *argv[])
{
	char line[4096], *p, *end;
	unsigned char text[1024];
	size_t n, k, nb, i, at, want[256], got[256], ngot;
	unsigned long passed = 0, failed = 0, lineno = 0;
	uint32_t c;
	FILE *fp;
	int w;

	if (argc != 2 || !(fp = fopen(argv[1], "r"))) {
		fprintf(stderr, "usage: grapheme-test GraphemeBreakTest.txt\n");
		return 2;
	}
	while (fgets(line, sizeof(line), fp)) {
		lineno++;
		if ((p = strchr(line, '#')))
			*p = '\0';
		if (!strchr(line, '\xc3'))      /* no ÷ on the line */
			continue;
		/* "÷ 0020 × 0308 ÷": code points, and after each whether a
		 * cluster boundary follows. */
		n = nb = 0;
		for (p = line; *p; ) {
			if (!strncmp(p, "\xc3\xb7", 2)) {       /* ÷ */
				if (n)
					want[nb++] = n;
				p += 2;
			} else if (!strncmp(p, "\xc3\x97", 2)) { /* × */
				p += 2;
			} else if (isxdigit((unsigned char)*p)) {
				c = (uint32_t)strtoul(p, &end, 16);
				p = end;
				n += utf8_encode(c, (char *)text + n);
			} else
				p++;
		}
		ngot = 0;
		for (i = 0; i < n; i = at)
			got[ngot++] = at = grapheme_end(text, n, i, &w);
		for (k = 0; k < nb && k < ngot && want[k] == got[k]; k++)
			;
		if (k == nb && k == ngot)
			passed++;
		else {
			failed++;
			fprintf(stderr, "line %lu: %s\n", lineno, line);
		}
	}
	fclose(fp);
	printf("%lu passed, %lu failed\n", passed, failed);
	return failed ? 1 : 0;
}
