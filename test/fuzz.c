/*
 * libFuzzer targets for papers, built from this one file:
 *
 *   FUZZ_FILTER (make fuzz): the option parser and the filter core,
 *   in-process.  An input is ARGS NUL RECORDS, ARGS being up to 15
 *   arguments separated by newlines; without a NUL it is all records.
 *   Besides crashes it checks what the output must be: formatted output
 *   is valid UTF-8 with no control characters but newline (and TAB or our
 *   own SGR sequences where the format or --color put them), and --json
 *   output has not even those; -r prints a
 *   byte-exact subsequence of the input lines; -c prints the number of
 *   lines -r prints.
 *
 *   FUZZ_SEEN (make fuzz-seen): the --seen file reader.  Whatever it
 *   accepts, it writes back in a form it reads again to the same keys.
 *
 *   FUZZ_LIKE (make fuzz-like): the --like file reader and the scorer.
 *   The input is a liked file; when papers accepts it, its own lines
 *   ('#' comments aside) are scored against it, and each must score
 *   100.0 (it holds a liked paper whole) or 0.0 (it has no word that
 *   counts), with %N and --json's like computed too.
 *
 * --seen and --pipe act only in main, so the filter target touches no
 * files and runs no commands.  PLANT_PROPERTY_BUG breaks the -r check on
 * purpose, so that CI can show that a violated property fails the run.
 */
#define PAPERS_NO_MAIN
#include "../papers.c"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Writes keys to path as --seen does and reads them back into back. */
static int
seen_write_read(const char *path, const struct keyset *keys,
    struct keyset *back)
{
	struct buf tmp = { 0 };
	FILE *fp;
	int rv = -1;

	if ((fp = seen_prepare(path, &tmp)) &&
	    seen_commit(fp, tmp.p, path, keys, 20000, 1000000) == 0 &&
	    seen_load(path, back, 20000, 1000000) == 0)
		rv = 0;
	buf_free(&tmp);
	return rv;
}

/* Every key a run adds must survive the --seen file. */
static void
check_keys(const struct keyset *keys)
{
	char path[] = "/tmp/fuzz-keys.XXXXXX";
	struct keyset back = { 0 };
	struct key *k;
	size_t i;
	int fd;

	if ((fd = mkstemp(path)) < 0)
		return;
	close(fd);
	if (seen_write_read(path, keys, &back) < 0)
		abort();        /* a key FILE's reader refuses */
	for (i = 0; i < keys->n; i++)
		if (!(k = keyset_find(&back, keys->keys[i].s, keys->keys[i].len)))
			abort();
	keyset_free(&back);
	unlink(path);
	unlink("/tmp/fuzz-keys.tmp");
}

/* Runs the filter over data with options opt; returns what it wrote. */
static char *
run_filter(const struct options *opt, const char *data, size_t size,
    size_t *outlen)
{
	struct options o = *opt;
	struct query q;
	struct run run;
	char *outp = NULL;
	FILE *in, *out;

	if (validate(&o, &q) < 0)
		abort();        /* it validated once already */
	in = size ? fmemopen((void *)data, size, "r") :
	    fopen("/dev/null", "r");
	out = open_memstream(&outp, outlen);
	if (in && out) {
		run_init(&run, &q);
		filter(&q, &run, in, out);
		if (o.seen_path)
			check_keys(&run.keys);
		run_free(&run);
	}
	if (in)
		fclose(in);
	if (out)
		fclose(out);
	query_free(&q);
	return outp;
}

/* Is s clean UTF-8 for people: no controls but newline, TAB only when
 * allowed, ESC only in "ESC[1;31m" and "ESC[m"? */
static int
clean_output(const char *s, size_t n, int tabs)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	uint32_t c;

	while (p < end) {
		if (*p == 0x1b) {
			if ((size_t)(end - p) >= 7 && !memcmp(p, "\033[1;31m", 7))
				p += 7;
			else if ((size_t)(end - p) >= 3 && !memcmp(p, "\033[m", 3))
				p += 3;
			else
				return 0;
			continue;
		}
		p += utf8_decode(p, (size_t)(end - p), &c);
		if (c & BADBYTE)
			return 0;
		if (c == '\n' || (c == '\t' && tabs))
			continue;
		if (c < 0x20 || (c >= 0x7f && c < 0xa0) || is_bidi_control(c))
			return 0;
	}
	return 1;
}

/* Does the format's own text hold only printable UTF-8 (so that anything
 * else in the output came from the input)? */
static int
clean_format(const char *f, int *tabs)
{
	size_t n = strlen(f);

	*tabs |= strstr(f, "\\t") != NULL;
	return clean_output(f, n, 0);
}

/* Is every line of out a line of in (without a BOM at its start), in
 * order, or in any order when ranked? */
static int
lines_subsequence(const char *in, size_t inlen, const char *out,
    size_t outlen, int ranked)
{
	const char *ip = in, *iend = in + inlen, *op = out, *oend = out + outlen;
	const char *inl, *onl;
	size_t il, ol;

	while (op < oend) {
		if (!(onl = memchr(op, '\n', (size_t)(oend - op))))
			return 0;
		ol = (size_t)(onl - op);
		for (;;) {
			if (ip >= iend)
				return 0;
			inl = memchr(ip, '\n', (size_t)(iend - ip));
			il = (size_t)((inl ? inl : iend) - ip);
			/* papers drops a BOM at the start of any line. */
			if (il >= 3 && !memcmp(ip, "\xef\xbb\xbf", 3)) {
				ip += 3;
				il -= 3;
			}
#ifdef PLANT_PROPERTY_BUG
			if (il > 0)
				il--;
#endif
			if (il == ol && !memcmp(ip, op, il)) {
				ip += il + 1;
				break;
			}
			ip += il + 1;
		}
		op = onl + 1;
		if (ranked)
			ip = in;
	}
	return 1;
}

static void
check_filter(const struct options *opt, const char *data, size_t size)
{
	struct options raw = *opt, count = *opt;
	char *out, *rawout, *countout;
	size_t outlen, rawlen, countlen, nl = 0, i;
	int tabs = 0;
	char want[32];

	out = run_filter(opt, data, size, &outlen);
	if (out && !opt->raw && !opt->count && !opt->quiet &&
	    (!opt->format || clean_format(opt->format, &tabs)) &&
	    (!opt->header || clean_format(opt->header, &tabs)) &&
	    (!opt->footer || clean_format(opt->footer, &tabs)) &&
	    !clean_output(out, outlen, tabs && !opt->json))
		abort();        /* a control character or bad UTF-8 got out */
	free(out);

	raw.raw = 1;
	raw.count = raw.quiet = raw.json = 0;
	raw.format = NULL;
	raw.escape = EscapeNone;
	raw.wrap = 0;
	raw.header = raw.footer = NULL;
	count.count = 1;
	count.raw = count.quiet = 0;
	count.format = NULL;
	rawout = run_filter(&raw, data, size, &rawlen);
	countout = run_filter(&count, data, size, &countlen);
	if (rawout && !lines_subsequence(data, size, rawout, rawlen,
	    opt->sort != SortNone))
		abort();        /* -r printed a line that was not in the input */
	for (i = 0; rawout && i < rawlen; i++)
		nl += rawout[i] == '\n';
	snprintf(want, sizeof(want), "%zu\n", nl);
	if (rawout && countout && (countlen != strlen(want) ||
	    memcmp(countout, want, countlen)))
		abort();        /* -c disagrees with -r */
	free(rawout);
	free(countout);
}

#if defined(FUZZ_SEEN) || defined(FUZZ_LIKE)
/* Writes data to a new file made from the template path; -1 if it cannot. */
static int
data_file(char *path, const uint8_t *data, size_t size)
{
	int fd;

	if ((fd = mkstemp(path)) < 0)
		return -1;
	if (write(fd, data, size) != (ssize_t)size) {
		close(fd);
		unlink(path);
		return -1;
	}
	close(fd);
	return 0;
}
#endif

#if !defined(FUZZ_SEEN) && !defined(FUZZ_LIKE)
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *copy, *argv[17], *p, *end, *nl;
	const char *nul;
	size_t argsize = 0;
	int argc = 1;
	struct options opt;
	struct query q;

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
	options_init(&opt);
	if (parse_args(&opt, argc, argv) == 0 && validate(&opt, &q) == 0) {
		query_free(&q);
		check_filter(&opt, copy + argsize, size - argsize);
	}
	options_free(&opt);
	free(copy);
	return 0;
}
#elif defined(FUZZ_SEEN)
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[] = "/tmp/fuzz-seen.XXXXXX", again[] = "/tmp/fuzz-seen.XXXXXX";
	struct keyset first = { 0 }, second = { 0 };
	size_t i;
	int fd;

	if (data_file(path, data, size) < 0)
		return 0;
	if (seen_load(path, &first, 20000, 1000000) == 0) {
		if ((fd = mkstemp(again)) < 0)
			abort();
		close(fd);
		if (seen_write_read(again, &first, &second) < 0)
			abort();        /* what it wrote, it cannot read */
		if (first.n != second.n)
			abort();
		for (i = 0; i < first.n; i++)
			if (!keyset_find(&second, first.keys[i].s,
			    first.keys[i].len))
				abort();
		unlink(again);
	}
	keyset_free(&first);
	keyset_free(&second);
	unlink(path);
	return 0;
}
#else
/* The lines of data that are records to the filter and papers to the
 * liked file's reader alike: '#' comment lines, after any BOM, left out. */
static char *
like_records(const char *data, size_t size, size_t *n)
{
	const char *p = data, *end = data + size, *nl, *s;
	char *out = malloc(size + 1);

	*n = 0;
	if (!out)
		return NULL;
	for (; p < end; p = nl + 1) {
		if (!(nl = memchr(p, '\n', (size_t)(end - p))))
			nl = end;
		s = p + bom_len(p, (size_t)(nl - p));
		if (s < nl && *s == '#')
			continue;
		memcpy(out + *n, p, (size_t)(nl - p));
		*n += (size_t)(nl - p);
		out[(*n)++] = '\n';
	}
	return out;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[] = "/tmp/fuzz-like.XXXXXX", *recs, *out, *p, *nl;
	char *argv[] = { "papers", "--like", path, "-f", "%L|%N|%W", NULL };
	struct options opt;
	struct query q;
	size_t n, outlen;

	if (data_file(path, data, size) < 0)
		return 0;
	options_init(&opt);
	if (parse_args(&opt, 5, argv) == 0 && validate(&opt, &q) == 0) {
		query_free(&q);
		recs = like_records((const char *)data, size, &n);
		out = recs ? run_filter(&opt, recs, n, &outlen) : NULL;
		for (p = out; p && p < out + outlen; p = nl + 1) {
			nl = memchr(p, '\n', (size_t)(out + outlen - p));
			if (!nl || (strncmp(p, "100.0|", 6) &&
			    strncmp(p, "0.0||", 5)))
				abort();        /* a liked paper is not liked */
		}
		free(out);
		opt.format = NULL;
		opt.json = 1;
		out = recs ? run_filter(&opt, recs, n, &outlen) : NULL;
		if (out && !clean_output(out, outlen, 0))
			abort();
		free(out);
		free(recs);
	}
	options_free(&opt);
	unlink(path);
	return 0;
}
#endif
