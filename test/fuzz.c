/*
 * libFuzzer target: drives papers' option parser and filter core in-process
 * with fuzzer-chosen arguments and input.  An input is ARGS NUL RECORDS,
 * ARGS being up to 15 arguments separated by newlines; without a NUL it is
 * all records.  --seen and --pipe act only in main, so nothing here touches
 * files or runs commands.
 */
#define PAPERS_NO_MAIN
#include "../papers.c"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *copy, *argv[17], *p, *end, *nl;
	const char *nul;
	size_t argsize = 0;
	int argc = 1;
	FILE *in, *out;

	if (!(copy = malloc(size + 1)))
		return 0;
	memcpy(copy, data, size);
	copy[size] = '\0';
	argv[0] = "papers";
	if ((nul = memchr(data, '\0', size))) {
		argsize = (size_t)(nul - (const char *)data);
		for (p = copy, end = copy + argsize; argc < 16 && p <= end; p = nl + 1) {
			if (!(nl = memchr(p, '\n', (size_t)(end - p))))
				nl = end;
			*nl = '\0';
			argv[argc++] = p;
		}
		argsize++;
	}
	argv[argc] = NULL;
	config_init();
	if (parse_args(argc, argv) == 0 && validate() == 0) {
		in = size - argsize ? fmemopen(copy + argsize, size - argsize, "r") :
		    fopen("/dev/null", "r");
		out = fopen("/dev/null", "w");
		if (in && out)
			filter(in, out);
		if (in)
			fclose(in);
		if (out)
			fclose(out);
	}
	config_free();
	free(copy);
	return 0;
}
