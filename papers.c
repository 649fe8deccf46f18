/* See LICENSE file for copyright and license details. */
/*
 * papers: read TAB-separated paper records (date, title, link, abstract,
 * authors, ...) on standard input, select them by keyword, author and date,
 * and write one digest line per selected record.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define VERSION "1.0"

enum status { Match = 0, NoMatch = 1, Error = 2 };

/* Records have at least these fields; %1 ... %9 reach the first nine. */
enum field {
	FieldDate, FieldTitle, FieldLink, FieldAbstract, FieldAuthors,
	FieldLast = 9
};

struct text {
	const char *p;
	size_t len;
};

/* A growable byte buffer whose failure is sticky, so that a run of appends
 * needs one check at the end instead of one per call. */
struct buf {
	char *p;
	size_t len, cap;
	int failed;
};

/* A keyword after folding: lower case, each whitespace run one space. */
struct pattern {
	unsigned char *s;
	size_t len;
	const char *arg;        /* as given, for %k */
	unsigned seen;          /* generation in which it last matched */
};

/* A set of keywords searched together.  A bit per pair of byte classes
 * says whether some pattern starts with that pair; only there is a
 * position verified, so most text is passed over with two table loads. */
struct patset {
	struct pattern *pat;
	size_t n, cap;
	size_t *order;          /* pattern indexes sorted by first class */
	size_t start[258];      /* order[start[c] .. start[c + 1]) */
	uint64_t bigram[65536 / 64];
	/* When every pattern starts with at least two ASCII bytes that match
	 * one text byte each, windows of that many bytes can be skipped by
	 * their last pair (Wu-Manber): shift[pair] bytes, 0 to verify. */
	size_t window;
	unsigned char *shift;   /* 256 * 256, by raw byte pair */
	unsigned gen;           /* current record's generation */
	size_t nhit;
	struct span *spans;     /* where the patterns matched, for --color */
	size_t nspans, capspans;
};

/* A compiled --format: literal text and directives. */
struct directive {
	char conv;              /* 0 for literal text */
	int left;
	long width, prec;       /* -1 when not given */
	size_t litoff, litlen;  /* literal text in cfg.fmtlit */
};

struct key {
	char *s;
	size_t len;
	long long day;          /* day number it was first seen */
	int fresh;              /* added by this run */
};

/* A set of paper keys (for -u and --seen), in insertion order. */
struct keyset {
	struct key *keys;
	size_t n, cap;
	size_t *slot;           /* open addressing, index + 1, 0 = empty */
	size_t nslot;
};

struct stats {
	unsigned long long read, malformed, outside, matched, excluded;
	unsigned long long duplicates, seen, printed;
};

struct span {
	size_t start, end;
};

/* A record's fields with their escapes decoded, each at most once and
 * only when asked for: the field itself when it has no backslash, else a
 * copy in that field's own reused buffer. */
struct decoded {
	struct text view[FieldLast];
	struct buf buf[FieldLast];
	unsigned done;          /* bit i: view[i] is set for this record */
};

/* A record's date: the UTC instant, and whether it had one and a time. */
struct when {
	long long t;
	int dated, has_time;
};

/* The whole configuration, so that a fuzz target can set it up and tear it
 * down again for each input. */
struct config {
	struct patset keywords, excludes, authors;
	int all, case_sensitive, word, title_only;
	int raw, count, quiet, unique, strict, color, stats, require_input;
	long long since, until;         /* inclusive; LLONG_MIN/MAX when unset */
	int dated;
	int limited;                    /* -m given */
	unsigned long long max_count;
	struct directive *fmt;
	size_t nfmt;
	struct buf fmtlit;
	int need_all_keywords;          /* %k or -a */
	long wrap;                      /* 0: off */
	const char *seen_path;
	long long seen_days;
	const char *pipe_cmd;
	long long today;                /* day number */
	struct keyset keys;
	struct stats st;
};

static struct config cfg;
static const char *argv0 = "papers";

static unsigned char cls[256];  /* folded ASCII, whitespace as ' ' */
static const char *default_format = "%d  %t  %l";

/* --- small utilities --- */

#ifdef __GNUC__
static void warnx(const char *, ...) __attribute__((format(printf, 1, 2)));
#endif

static void
warnx(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", argv0);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static int
buf_reserve(struct buf *b, size_t more)
{
	size_t ncap;
	char *np;

	if (b->failed)
		return -1;
	if (more <= b->cap - b->len)
		return 0;
	if (more > SIZE_MAX / 2 - b->len) {
		b->failed = 1;
		return -1;
	}
	ncap = b->cap ? b->cap : 256;
	while (ncap - b->len < more)
		ncap *= 2;
	if (!(np = realloc(b->p, ncap))) {
		b->failed = 1;
		return -1;
	}
	b->p = np;
	b->cap = ncap;
	return 0;
}

static void
buf_add(struct buf *b, const void *s, size_t n)
{
	if (n == 0 || buf_reserve(b, n) < 0)
		return;
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

static void
buf_addc(struct buf *b, int c)
{
	if (b->len < b->cap) {
		b->p[b->len++] = (char)c;
		return;
	}
	if (buf_reserve(b, 1) == 0)
		b->p[b->len++] = (char)c;
}

static void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

static void
buf_free(struct buf *b)
{
	free(b->p);
	memset(b, 0, sizeof(*b));
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
is_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* --- UTF-8 and case folding --- */

#define BADBYTE 0x80000000u     /* marks an invalid byte, kept as is */

/* Decodes one character; an invalid sequence yields BADBYTE | its first
 * byte and the length of its longest valid-looking prefix (at least 1), the
 * "maximal subpart" rule of Unicode chapter 3, which Python also follows. */
static size_t
utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	uint32_t c = s[0], min;
	size_t len, i;
	unsigned char lo = 0x80, hi = 0xbf;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf) {
		len = 2; c &= 0x1f; min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3; c &= 0x0f; min = 0x800;
		if (s[0] == 0xe0)
			lo = 0xa0;
		else if (s[0] == 0xed)
			hi = 0x9f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4; c &= 0x07; min = 0x10000;
		if (s[0] == 0xf0)
			lo = 0x90;
		else if (s[0] == 0xf4)
			hi = 0x8f;
	} else {
		*cp = BADBYTE | s[0];
		return 1;
	}
	for (i = 1; i < len; i++) {
		if (i >= n || s[i] < lo || s[i] > hi) {
			*cp = BADBYTE | s[0];
			return i;
		}
		c = (c << 6) | (s[i] & 0x3f);
		lo = 0x80;
		hi = 0xbf;
	}
	(void)min;
	*cp = c;
	return len;
}

static size_t
utf8_encode(uint32_t c, char *out)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	} else if (c < 0x800) {
		out[0] = (char)(0xc0 | c >> 6);
		out[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	} else if (c < 0x10000) {
		out[0] = (char)(0xe0 | c >> 12);
		out[1] = (char)(0x80 | (c >> 6 & 0x3f));
		out[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | c >> 18);
	out[1] = (char)(0x80 | (c >> 12 & 0x3f));
	out[2] = (char)(0x80 | (c >> 6 & 0x3f));
	out[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

/*
 * Simple case folding (status C and S of CaseFolding.txt, Unicode 14.0) for
 * Latin-1 Supplement, Latin Extended-A and -B (U+00C0-U+024F), Greek
 * (U+0370-U+03FF) and Cyrillic (U+0400-U+052F), plus MICRO SIGN.  Folds into
 * ASCII (U+017F LONG S to s) are left out on purpose, so that an ASCII
 * keyword only ever matches ASCII text.  A range folds every code point
 * (step 1) or every other one (step 2, the upper/lower pairs) by delta.
 */
static const struct foldrange {
	uint16_t lo, hi;
	uint8_t step;
	int16_t delta;
} foldranges[] = {
	{ 0x00b5, 0x00b5, 1, 0x03bc - 0x00b5 },
	{ 0x00c0, 0x00d6, 1, 32 }, { 0x00d8, 0x00de, 1, 32 },
	{ 0x0100, 0x012e, 2, 1 }, { 0x0132, 0x0136, 2, 1 },
	{ 0x0139, 0x0147, 2, 1 }, { 0x014a, 0x0176, 2, 1 },
	{ 0x0178, 0x0178, 1, 0x00ff - 0x0178 }, { 0x0179, 0x017d, 2, 1 },
	{ 0x0181, 0x0181, 1, 0x0253 - 0x0181 }, { 0x0182, 0x0184, 2, 1 },
	{ 0x0186, 0x0186, 1, 0x0254 - 0x0186 }, { 0x0187, 0x0187, 1, 1 },
	{ 0x0189, 0x018a, 1, 0x0256 - 0x0189 }, { 0x018b, 0x018b, 1, 1 },
	{ 0x018e, 0x018e, 1, 0x01dd - 0x018e },
	{ 0x018f, 0x018f, 1, 0x0259 - 0x018f },
	{ 0x0190, 0x0190, 1, 0x025b - 0x0190 }, { 0x0191, 0x0191, 1, 1 },
	{ 0x0193, 0x0193, 1, 0x0260 - 0x0193 },
	{ 0x0194, 0x0194, 1, 0x0263 - 0x0194 },
	{ 0x0196, 0x0196, 1, 0x0269 - 0x0196 },
	{ 0x0197, 0x0197, 1, 0x0268 - 0x0197 }, { 0x0198, 0x0198, 1, 1 },
	{ 0x019c, 0x019c, 1, 0x026f - 0x019c },
	{ 0x019d, 0x019d, 1, 0x0272 - 0x019d },
	{ 0x019f, 0x019f, 1, 0x0275 - 0x019f }, { 0x01a0, 0x01a4, 2, 1 },
	{ 0x01a6, 0x01a6, 1, 0x0280 - 0x01a6 }, { 0x01a7, 0x01a7, 1, 1 },
	{ 0x01a9, 0x01a9, 1, 0x0283 - 0x01a9 }, { 0x01ac, 0x01ac, 1, 1 },
	{ 0x01ae, 0x01ae, 1, 0x0288 - 0x01ae }, { 0x01af, 0x01af, 1, 1 },
	{ 0x01b1, 0x01b2, 1, 0x028a - 0x01b1 }, { 0x01b3, 0x01b5, 2, 1 },
	{ 0x01b7, 0x01b7, 1, 0x0292 - 0x01b7 }, { 0x01b8, 0x01b8, 1, 1 },
	{ 0x01bc, 0x01bc, 1, 1 }, { 0x01c4, 0x01c4, 1, 2 },
	{ 0x01c5, 0x01c5, 1, 1 }, { 0x01c7, 0x01c7, 1, 2 },
	{ 0x01c8, 0x01c8, 1, 1 }, { 0x01ca, 0x01ca, 1, 2 },
	{ 0x01cb, 0x01db, 2, 1 }, { 0x01de, 0x01ee, 2, 1 },
	{ 0x01f1, 0x01f1, 1, 2 }, { 0x01f2, 0x01f4, 2, 1 },
	{ 0x01f6, 0x01f6, 1, 0x0195 - 0x01f6 },
	{ 0x01f7, 0x01f7, 1, 0x01bf - 0x01f7 }, { 0x01f8, 0x021e, 2, 1 },
	{ 0x0220, 0x0220, 1, 0x019e - 0x0220 }, { 0x0222, 0x0232, 2, 1 },
	{ 0x023a, 0x023a, 1, 0x2c65 - 0x023a }, { 0x023b, 0x023b, 1, 1 },
	{ 0x023d, 0x023d, 1, 0x019a - 0x023d },
	{ 0x023e, 0x023e, 1, 0x2c66 - 0x023e }, { 0x0241, 0x0241, 1, 1 },
	{ 0x0243, 0x0243, 1, 0x0180 - 0x0243 },
	{ 0x0244, 0x0244, 1, 0x0289 - 0x0244 },
	{ 0x0245, 0x0245, 1, 0x028c - 0x0245 }, { 0x0246, 0x024e, 2, 1 },
	{ 0x0370, 0x0372, 2, 1 }, { 0x0376, 0x0376, 1, 1 },
	{ 0x037f, 0x037f, 1, 0x03f3 - 0x037f },
	{ 0x0386, 0x0386, 1, 0x03ac - 0x0386 },
	{ 0x0388, 0x038a, 1, 0x03ad - 0x0388 },
	{ 0x038c, 0x038c, 1, 0x03cc - 0x038c },
	{ 0x038e, 0x038f, 1, 0x03cd - 0x038e },
	{ 0x0391, 0x03a1, 1, 32 }, { 0x03a3, 0x03ab, 1, 32 },
	{ 0x03c2, 0x03c2, 1, 1 }, { 0x03cf, 0x03cf, 1, 0x03d7 - 0x03cf },
	{ 0x03d0, 0x03d0, 1, 0x03b2 - 0x03d0 },
	{ 0x03d1, 0x03d1, 1, 0x03b8 - 0x03d1 },
	{ 0x03d5, 0x03d5, 1, 0x03c6 - 0x03d5 },
	{ 0x03d6, 0x03d6, 1, 0x03c0 - 0x03d6 }, { 0x03d8, 0x03ee, 2, 1 },
	{ 0x03f0, 0x03f0, 1, 0x03ba - 0x03f0 },
	{ 0x03f1, 0x03f1, 1, 0x03c1 - 0x03f1 },
	{ 0x03f4, 0x03f4, 1, 0x03b8 - 0x03f4 },
	{ 0x03f5, 0x03f5, 1, 0x03b5 - 0x03f5 }, { 0x03f7, 0x03f7, 1, 1 },
	{ 0x03f9, 0x03f9, 1, 0x03f2 - 0x03f9 }, { 0x03fa, 0x03fa, 1, 1 },
	{ 0x03fd, 0x03ff, 1, 0x037b - 0x03fd },
	{ 0x0400, 0x040f, 1, 80 }, { 0x0410, 0x042f, 1, 32 },
	{ 0x0460, 0x0480, 2, 1 }, { 0x048a, 0x04be, 2, 1 },
	{ 0x04c0, 0x04c0, 1, 15 }, { 0x04c1, 0x04cd, 2, 1 },
	{ 0x04d0, 0x052e, 2, 1 },
};

static uint32_t
fold(uint32_t c)
{
	size_t lo = 0, hi = sizeof(foldranges) / sizeof(foldranges[0]), mid;
	const struct foldrange *r;

	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (c < 0xb5 || c > 0x052f)
		return c;
	while (lo < hi) {
		mid = (lo + hi) / 2;
		r = &foldranges[mid];
		if (c < r->lo)
			hi = mid;
		else if (c > r->hi)
			lo = mid + 1;
		else if ((c - r->lo) % r->step == 0)
			return (uint32_t)((int32_t)c + r->delta);
		else
			return c;
	}
	return c;
}

/* Letters, digits and underscore; beyond ASCII, the letters of the folded
 * blocks (Latin, Greek, Cyrillic), which is where -w matters in practice. */
static int
is_word(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		    (c >= 'A' && c <= 'Z') || c == '_';
	if (c & BADBYTE)
		return 0;
	return (c >= 0xc0 && c <= 0x052f && c != 0xd7 && c != 0xf7) ||
	    c == 0xaa || c == 0xb5 || c == 0xba;
}

/*
 * Display columns of a character: 0 for combining marks and zero-width
 * format characters, 2 for East Asian Wide and Fullwidth characters
 * (EastAsianWidth.txt, Unicode 14.0, the main blocks) and emoji, else 1.
 * Our own table, so that widths do not depend on the locale.
 */
static int
char_width(uint32_t c)
{
	static const uint32_t zero[][2] = {
		{ 0x0300, 0x036f }, { 0x0483, 0x0489 }, { 0x0591, 0x05bd },
		{ 0x0610, 0x061a }, { 0x064b, 0x065f }, { 0x0e31, 0x0e31 },
		{ 0x0e34, 0x0e3a }, { 0x1ab0, 0x1aff }, { 0x1dc0, 0x1dff },
		{ 0x200b, 0x200f }, { 0x20d0, 0x20ff }, { 0xfe00, 0xfe0f },
		{ 0xfe20, 0xfe2f }, { 0xfeff, 0xfeff }, { 0xe0100, 0xe01ef },
	};
	static const uint32_t wide[][2] = {
		{ 0x1100, 0x115f }, { 0x231a, 0x231b }, { 0x2329, 0x232a },
		{ 0x23e9, 0x23ec }, { 0x23f0, 0x23f0 }, { 0x23f3, 0x23f3 },
		{ 0x25fd, 0x25fe }, { 0x2614, 0x2615 }, { 0x2648, 0x2653 },
		{ 0x26a1, 0x26a1 }, { 0x26aa, 0x26ab }, { 0x26bd, 0x26be },
		{ 0x26c4, 0x26c5 }, { 0x26d4, 0x26d4 }, { 0x26ea, 0x26ea },
		{ 0x26f2, 0x26f5 }, { 0x26fa, 0x26fd }, { 0x2705, 0x2705 },
		{ 0x270a, 0x270b }, { 0x2728, 0x2728 }, { 0x274c, 0x274c },
		{ 0x2753, 0x2755 }, { 0x2757, 0x2757 }, { 0x2795, 0x2797 },
		{ 0x27b0, 0x27b0 }, { 0x27bf, 0x27bf }, { 0x2b1b, 0x2b1c },
		{ 0x2b50, 0x2b50 }, { 0x2b55, 0x2b55 }, { 0x2e80, 0x303e },
		{ 0x3041, 0x33ff }, { 0x3400, 0x4dbf }, { 0x4e00, 0x9fff },
		{ 0xa000, 0xa4cf }, { 0xa960, 0xa97f }, { 0xac00, 0xd7a3 },
		{ 0xf900, 0xfaff }, { 0xfe10, 0xfe19 }, { 0xfe30, 0xfe6f },
		{ 0xff00, 0xff60 }, { 0xffe0, 0xffe6 }, { 0x16fe0, 0x18cff },
		{ 0x1b000, 0x1b2ff }, { 0x1f004, 0x1f004 }, { 0x1f0cf, 0x1f0cf },
		{ 0x1f18e, 0x1f18e }, { 0x1f191, 0x1f19a }, { 0x1f200, 0x1f2ff },
		{ 0x1f300, 0x1f64f }, { 0x1f680, 0x1f6ff }, { 0x1f7e0, 0x1f7eb },
		{ 0x1f90c, 0x1f9ff }, { 0x1fa70, 0x1faff }, { 0x20000, 0x3fffd },
	};
	size_t i;

	if (c < 0x300)
		return 1;
	for (i = 0; i < sizeof(zero) / sizeof(zero[0]); i++)
		if (c >= zero[i][0] && c <= zero[i][1])
			return 0;
	for (i = 0; i < sizeof(wide) / sizeof(wide[0]); i++)
		if (c >= wide[i][0] && c <= wide[i][1])
			return 2;
	return 1;
}

/* Bidirectional embeddings, overrides and isolates can reorder what a
 * terminal shows, so formatted output leaves them out like controls. */
static int
is_bidi_control(uint32_t c)
{
	return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/* --- escapes and sanitized text --- */

/* Decodes the field escapes \\ \n \t \r into b; anything else stays. */
static void
decode_escapes(struct buf *b, const char *s, size_t n)
{
	const char *end = s + n, *bs;

	while (s < end && (bs = memchr(s, '\\', (size_t)(end - s)))) {
		buf_add(b, s, (size_t)(bs - s));
		s = bs + 1;
		if (s == end) {
			buf_addc(b, '\\');
			break;
		}
		switch (*s) {
		case '\\': buf_addc(b, '\\'); s++; break;
		case 'n':  buf_addc(b, '\n'); s++; break;
		case 't':  buf_addc(b, '\t'); s++; break;
		case 'r':  buf_addc(b, '\r'); s++; break;
		default:   buf_addc(b, '\\'); break;
		}
	}
	if (s < end)
		buf_add(b, s, (size_t)(end - s));
}

/* Field i of the record f with its escapes decoded; see struct decoded. */
static const struct text *
decoded_field(struct decoded *d, const struct text *f, size_t i)
{
	if (!(d->done & 1u << i)) {
		d->view[i] = f[i];
		if (f[i].len && memchr(f[i].p, '\\', f[i].len)) {
			d->buf[i].len = 0;
			decode_escapes(&d->buf[i], f[i].p, f[i].len);
			d->view[i].p = d->buf[i].p;
			d->view[i].len = d->buf[i].len;
		}
		d->done |= 1u << i;
	}
	return &d->view[i];
}

static int
decoded_failed(const struct decoded *d)
{
	size_t i;

	for (i = 0; i < FieldLast; i++)
		if (d->buf[i].failed)
			return 1;
	return 0;
}

static void
decoded_free(struct decoded *d)
{
	size_t i;

	for (i = 0; i < FieldLast; i++)
		buf_free(&d->buf[i]);
}

/*
 * Appends text for people: valid UTF-8 only (U+FFFD for what is not), no
 * control characters, whitespace runs as one space, ends trimmed.  Escapes
 * must already be decoded.  With fold set, letters are case-folded too,
 * which makes the key of a paper that has nothing but a title.
 */
static void
put_clean(struct buf *b, const char *s, size_t n, int folded)
{
	const unsigned char *p = (const unsigned char *)s, *end;
	int pending_space = 0, any = 0;
	uint32_t c;
	size_t len;
	char enc[4];

	if (n == 0)
		return;
	for (end = p + n; p < end; ) {
		if (!folded && *p > ' ' && *p < 0x7f) {
			const unsigned char *run = p;

			while (p < end && *p > ' ' && *p < 0x7f)
				p++;
			if (pending_space)
				buf_addc(b, ' ');
			pending_space = 0;
			any = 1;
			buf_add(b, run, (size_t)(p - run));
			continue;
		}
		if (*p < 0x80) {
			c = *p++;
			if (is_space((unsigned char)c)) {
				pending_space = any;
				continue;
			}
			if (c < 0x20 || c == 0x7f)
				continue;
			if (pending_space)
				buf_addc(b, ' ');
			pending_space = 0;
			any = 1;
			buf_addc(b, folded ? (int)fold(c) : (int)c);
			continue;
		}
		len = utf8_decode(p, (size_t)(end - p), &c);
		p += len;
		if (c & BADBYTE)
			c = 0xfffd;
		else if (c == 0x85 || c == 0x2028 || c == 0x2029) {
			pending_space = any;
			continue;
		} else if (c < 0xa0 || is_bidi_control(c))
			continue;
		if (pending_space)
			buf_addc(b, ' ');
		pending_space = 0;
		any = 1;
		if (folded)
			c = fold(c);
		buf_add(b, enc, utf8_encode(c, enc));
	}
}

/* Display width of valid UTF-8 text that may hold our own SGR sequences. */
static size_t
text_width(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end;
	size_t w = 0;
	uint32_t c;

	if (n == 0)
		return 0;
	for (end = p + n; p < end; ) {
		if (*p == 0x1b) {
			while (p < end && *p != 'm')
				p++;
			if (p < end)
				p++;
			continue;
		}
		p += utf8_decode(p, (size_t)(end - p), &c);
		w += (size_t)char_width(c);
	}
	return w;
}

/* --- dates --- */

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant). */
static long long
days_from_civil(long long y, int m, int d)
{
	long long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
civil_from_days(long long z, int *y, int *m, int *d)
{
	long long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static int
days_in_month(int y, int m)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
		return 29;
	return mdays[m - 1];
}

/* Reads exactly n digits as a number in [lo, hi]; -1 if not. */
static int
digits(const char *s, size_t len, size_t n, int lo, int hi)
{
	int v = 0;
	size_t i;

	if (len < n)
		return -1;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v >= lo && v <= hi ? v : -1;
}

#define MAX_EPOCH 253402300799LL  /* 9999-12-31T23:59:59Z */

/* Reads all-digit epoch seconds, up to the year 9999. */
static int
parse_epoch(const char *s, size_t n, long long *when)
{
	long long t = 0;
	size_t i;

	if (n == 0 || n > 12)
		return -1;
	for (i = 0; i < n; i++) {
		if (!is_digit(s[i]))
			return -1;
		t = t * 10 + (s[i] - '0');
	}
	if (t > MAX_EPOCH)
		return -1;
	*when = t;
	return 0;
}

/*
 * Reads the "hh:mm[:ss[.frac]][offset]" after a date's T into seconds
 * since its midnight, UTC (fractions dropped).  Returns -1 if it is not
 * exactly that.
 */
static int
parse_time(const char *s, size_t n, long long *secs)
{
	int h, mi, sec = 0, oh, om, sign;
	size_t i = 5;

	if ((h = digits(s, n, 2, 0, 23)) < 0 || n < 5 || s[2] != ':' ||
	    (mi = digits(s + 3, n - 3, 2, 0, 59)) < 0)
		return -1;
	if (i < n && s[i] == ':') {
		/* 60 is a leap second; like timegm, it reads as the next one. */
		if ((sec = digits(s + i + 1, n - i - 1, 2, 0, 60)) < 0)
			return -1;
		i += 3;
		if (i < n && s[i] == '.') {
			if (++i >= n || !is_digit(s[i]))
				return -1;
			while (i < n && is_digit(s[i]))
				i++;
		}
	}
	*secs = h * 3600 + mi * 60 + sec;
	if (i < n && (s[i] == 'Z' || s[i] == 'z')) {
		i++;
	} else if (i < n && (s[i] == '+' || s[i] == '-')) {
		sign = s[i] == '-' ? -1 : 1;
		if ((oh = digits(s + i + 1, n - i - 1, 2, 0, 23)) < 0)
			return -1;
		i += 3;
		if (i < n && s[i] == ':')
			i++;
		if ((om = digits(s + i, n - i, 2, 0, 59)) < 0)
			return -1;
		i += 2;
		*secs -= sign * (oh * 3600 + om * 60);
	}
	return i == n ? 0 : -1;
}

/*
 * Parses a record date: YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss[.frac]][offset]
 * (a space may stand for the T), or epoch seconds.  Returns 0 and the UTC
 * instant and whether a time was given, or -1.
 */
static int
parse_date(const char *s, size_t n, long long *when, int *has_time)
{
	long long secs;
	int y, mo, d;

	if (n > 0 && is_digit(s[n - 1]) && parse_epoch(s, n, when) == 0) {
		*has_time = 1;
		return 0;
	}
	if ((y = digits(s, n, 4, 0, 9999)) < 0 || n < 10 || s[4] != '-' ||
	    (mo = digits(s + 5, n - 5, 2, 1, 12)) < 0 || s[7] != '-' ||
	    (d = digits(s + 8, n - 8, 2, 1, 31)) < 0 ||
	    d > days_in_month(y, mo))
		return -1;
	*when = days_from_civil(y, mo, d) * 86400;
	*has_time = 0;
	if (n == 10)
		return 0;
	if ((s[10] != 'T' && s[10] != 't' && s[10] != ' ') ||
	    parse_time(s + 11, n - 11, &secs) < 0)
		return -1;
	*when += secs;
	*has_time = 1;
	return 0;
}

/* Today's UTC day number; PAPERS_TODAY=YYYY-MM-DD sets it for tests. */
static long long
today_days(void)
{
	const char *env = getenv("PAPERS_TODAY");
	long long when;
	int has_time;

	if (env && *env && parse_date(env, strlen(env), &when, &has_time) == 0)
		return when >= 0 ? when / 86400 : (when - 86399) / 86400;
	return (long long)time(NULL) / 86400;
}

/* Parses a --since/--until value; a calendar DATE covers its whole day. */
static int
parse_bound(const char *s, int upper, long long *out)
{
	long long when, n = 0;
	int has_time = 0;
	size_t len = strlen(s), i;

	if (strcmp(s, "today") == 0) {
		when = cfg.today * 86400;
	} else if (strcmp(s, "yesterday") == 0) {
		when = (cfg.today - 1) * 86400;
	} else if (len >= 2 && len <= 8 && s[len - 1] == 'd' &&
	    strspn(s, "0123456789") == len - 1) {
		for (i = 0; i < len - 1; i++)
			n = n * 10 + (s[i] - '0');
		when = (cfg.today - n) * 86400;
	} else if (s[0] == '@') {
		if (len < 2 || len > 13 || strspn(s + 1, "0123456789") != len - 1 ||
		    parse_date(s + 1, len - 1, &when, &has_time) < 0)
			return -1;
	} else if (parse_date(s, len, &when, &has_time) < 0) {
		return -1;
	}
	if (upper && !has_time)
		when += 86399;
	*out = when;
	return 0;
}

/* Appends n digits of v, zero-padded. */
static void
put_digits(struct buf *b, long long v, int n)
{
	char tmp[24];
	int i = (int)sizeof(tmp);

	while (n-- > 0 || v > 0) {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	}
	buf_add(b, tmp + i, sizeof(tmp) - (size_t)i);
}

/* Appends the UTC date of an instant, and its time with with_time. */
static void
put_day(struct buf *b, long long when, int with_time)
{
	long long z = when >= 0 ? when / 86400 : (when - 86399) / 86400;
	long long secs = when - z * 86400;
	int y, m, d;

	civil_from_days(z, &y, &m, &d);
	put_digits(b, y, 4);
	buf_addc(b, '-');
	put_digits(b, m, 2);
	buf_addc(b, '-');
	put_digits(b, d, 2);
	if (!with_time)
		return;
	buf_addc(b, 'T');
	put_digits(b, secs / 3600, 2);
	buf_addc(b, ':');
	put_digits(b, secs / 60 % 60, 2);
	buf_addc(b, ':');
	put_digits(b, secs % 60, 2);
	buf_addc(b, 'Z');
}

/* --- keyword sets --- */

static int
pattern_add(struct patset *ps, const char *arg)
{
	struct pattern *np;

	if (ps->n == ps->cap) {
		np = realloc(ps->pat, (ps->cap ? ps->cap * 2 : 8) * sizeof(*np));
		if (!np)
			return -1;
		ps->pat = np;
		ps->cap = ps->cap ? ps->cap * 2 : 8;
	}
	memset(&ps->pat[ps->n], 0, sizeof(*np));
	ps->pat[ps->n++].arg = arg;
	return 0;
}

/* Folds a keyword once, after all options are known, so that matching
 * folds only the text: lower case unless -s, each whitespace run one
 * space. */
static int
pattern_fold(struct pattern *pt)
{
	struct buf b = { 0 };
	const unsigned char *p = (const unsigned char *)pt->arg;
	const unsigned char *end = p + strlen(pt->arg);
	uint32_t c;
	size_t len;
	char enc[4];

	while (p < end) {
		if (is_space(*p)) {
			while (p < end && is_space(*p))
				p++;
			buf_addc(&b, ' ');
			continue;
		}
		len = utf8_decode(p, (size_t)(end - p), &c);
		if (c & BADBYTE) {
			buf_addc(&b, *p++);
			continue;
		}
		buf_add(&b, enc, utf8_encode(cfg.case_sensitive ? c : fold(c),
		    enc));
		p += len;
	}
	if (b.failed) {
		buf_free(&b);
		return -1;
	}
	pt->s = (unsigned char *)b.p;
	pt->len = b.len;
	return 0;
}

static unsigned
first_class(const struct pattern *pt)
{
	return pt->s[0] < 0x80 ? pt->s[0] : 0x80;
}

/*
 * The part of a pattern that matches exactly as many text bytes as it has:
 * ASCII up to and including its first space (a space matches a whole run
 * of whitespace, so what follows it may shift).
 */
static size_t
rigid_prefix(const struct pattern *pt)
{
	size_t k;

	for (k = 0; k < pt->len && pt->s[k] < 0x80; k++)
		if (pt->s[k] == ' ')
			return k + 1;
	return k;
}

static int
patset_compile_shift(struct patset *ps)
{
	unsigned char byclass[129 * 129];
	size_t i, j, m = 255, r;
	unsigned a, b;

	for (i = 0; i < ps->n; i++)
		if ((r = rigid_prefix(&ps->pat[i])) < m)
			m = r;
	ps->window = m >= 2 ? m : 0;
	if (!ps->window)
		return 0;
	if (!(ps->shift = malloc(256 * 256)))
		return -1;
	memset(byclass, (int)(m - 1), sizeof(byclass));
	for (i = 0; i < ps->n; i++)
		for (j = 1; j < m; j++) {
			a = ps->pat[i].s[j - 1] * 129u + ps->pat[i].s[j];
			if (byclass[a] > m - 1 - j)
				byclass[a] = (unsigned char)(m - 1 - j);
		}
	/* Indexed by raw byte pairs, so that the scan looks up no classes. */
	for (a = 0; a < 256; a++)
		for (b = 0; b < 256; b++)
			ps->shift[a << 8 | b] = byclass[cls[a] * 129u + cls[b]];
	return 0;
}

/* Builds the pair bitmap and the by-first-class index of a set. */
static int
patset_compile(struct patset *ps)
{
	size_t i, j, c;
	unsigned a, b;

	if (ps->n == 0)
		return 0;
	for (i = 0; i < ps->n; i++)
		if (pattern_fold(&ps->pat[i]) < 0)
			return -1;
	if (!(ps->order = malloc(ps->n * sizeof(*ps->order))))
		return -1;
	memset(ps->start, 0, sizeof(ps->start));
	for (i = 0; i < ps->n; i++)
		ps->start[first_class(&ps->pat[i]) + 1]++;
	for (c = 1; c < 258; c++)
		ps->start[c] += ps->start[c - 1];
	for (c = 0; c <= 256; c++) {
		j = ps->start[c];
		for (i = 0; i < ps->n; i++)
			if (first_class(&ps->pat[i]) == c)
				ps->order[j++] = i;
	}
	for (i = 0; i < ps->n; i++) {
		a = first_class(&ps->pat[i]);
		if (ps->pat[i].len == 1) {
			for (b = 0; b < 256; b++)
				ps->bigram[(a << 8 | b) / 64] |= 1ULL << ((a << 8 | b) % 64);
			continue;
		}
		b = ps->pat[i].s[1] < 0x80 ? ps->pat[i].s[1] : 0x80;
		ps->bigram[(a << 8 | b) / 64] |= 1ULL << ((a << 8 | b) % 64);
	}
	return patset_compile_shift(ps);
}

static void
patset_free(struct patset *ps)
{
	size_t i;

	for (i = 0; i < ps->n; i++)
		free(ps->pat[i].s);
	free(ps->pat);
	free(ps->order);
	free(ps->shift);
	free(ps->spans);
	memset(ps, 0, sizeof(*ps));
}

/* The character that ends just before t + i, for -w. */
static uint32_t
char_before(const unsigned char *t, size_t i)
{
	size_t j;
	uint32_t c;

	if (i == 0)
		return ' ';
	if (t[i - 1] < 0x80)
		return t[i - 1];
	for (j = i - 1; j > 0 && i - j < 4 && (t[j] & 0xc0) == 0x80; j--)
		;
	if (utf8_decode(t + j, i - j, &c) != i - j)
		return BADBYTE | t[i - 1];
	return c;
}

/* Returns the end of a match of pt at t + i, or 0. */
static size_t
match_at(const struct pattern *pt, const unsigned char *t, size_t n, size_t i)
{
	const unsigned char *k = pt->s, *kend = pt->s + pt->len;
	uint32_t kc, tc;
	size_t kl, tl;

	while (k < kend) {
		if (*k < 0x80) {
			if (i >= n || cls[t[i]] != *k)
				return 0;
			i++;
			if (*k++ == ' ')
				while (i < n && cls[t[i]] == ' ')
					i++;
			continue;
		}
		if (i >= n)
			return 0;
		kl = utf8_decode(k, (size_t)(kend - k), &kc);
		if (kc & BADBYTE)
			kl = 1;
		tl = utf8_decode(t + i, n - i, &tc);
		if (tc & BADBYTE)
			tl = 1;
		if (!(tc & BADBYTE) && !cfg.case_sensitive)
			tc = fold(tc);
		if (tc != kc)
			return 0;
		k += kl;
		i += tl;
	}
	if (cfg.word) {
		uint32_t after = ' ';

		if (i < n)
			utf8_decode(t + i, n - i, &after);
		if (is_word(after))
			return 0;
	}
	return i;
}

static int
add_span(struct patset *ps, size_t start, size_t end)
{
	struct span *ns;
	size_t nc;

	if (ps->nspans == ps->capspans) {
		nc = ps->capspans ? ps->capspans * 2 : 16;
		if (!(ns = realloc(ps->spans, nc * sizeof(*ns))))
			return -1;
		ps->spans = ns;
		ps->capspans = nc;
	}
	ps->spans[ps->nspans].start = start;
	ps->spans[ps->nspans++].end = end;
	return 0;
}

/* Verifies the patterns that could start at t + i; returns 1 when the
 * search is over. */
static int
try_at(struct patset *ps, const unsigned char *t, size_t n, size_t i,
    int first_only, int spans)
{
	struct pattern *pt;
	size_t j, end;
	unsigned a = cls[t[i]];

	if (a >= 0x80 && t[i] < 0xc0)
		return 0;
	if (cfg.word && i > 0 && is_word(char_before(t, i)))
		return 0;
	for (j = ps->start[a]; j < ps->start[a + 1]; j++) {
		pt = &ps->pat[ps->order[j]];
		if (spans) {
			/* Highlighting leaves the record's matches alone. */
			if ((end = match_at(pt, t, n, i)) &&
			    add_span(ps, i, end) < 0)
				return 1;
			continue;
		}
		if (pt->seen == ps->gen || !match_at(pt, t, n, i))
			continue;
		pt->seen = ps->gen;
		ps->nhit++;
		if (first_only || ps->nhit == ps->n)
			return 1;
	}
	return 0;
}

/*
 * Skips through t[from .. to) by window ends, verifying where the shift
 * table says a pattern may end its prefix; returns 1 when the search is
 * over.
 */
static int
shift_scan(struct patset *ps, const unsigned char *t, size_t n, size_t from,
    size_t to, int first_only, int spans)
{
	const unsigned char *shift = ps->shift;
	size_t i, m = ps->window;
	unsigned s;

	for (i = from; i < to; i += s)
		if (!(s = shift[(unsigned)t[i - 1] << 8 | t[i]])) {
			if (try_at(ps, t, n, i + 1 - m, first_only, spans))
				return 1;
			s = 1;
		}
	return 0;
}

/*
 * Searches t for the patterns of ps, marking each found one with the
 * set's generation.  Stops at the first find when first_only is set.
 * With spans, records where every match lies (for highlighting).
 */
static void
patset_search(struct patset *ps, const unsigned char *t, size_t n,
    int first_only, int spans)
{
	const uint64_t *bigram = ps->bigram;
	const unsigned char *shift = ps->shift;
	size_t i, j, half, m = ps->window;
	unsigned pair, s, u;

	if (n == 0 || ps->n == 0)
		return;
	if (m && n < 512) {
		shift_scan(ps, t, n, m - 1, n, first_only, spans);
		return;
	}
	if (m) {
		/* Each skip waits on the load before it, so two independent
		 * cursors, over the first and the second half of the window
		 * ends, keep the processor busy twice over. */
		half = n / 2;
		for (i = m - 1, j = half; i < half && j < n; i += s, j += u) {
			s = shift[(unsigned)t[i - 1] << 8 | t[i]];
			u = shift[(unsigned)t[j - 1] << 8 | t[j]];
			if (!s) {
				if (try_at(ps, t, n, i + 1 - m, first_only, spans))
					return;
				s = 1;
			}
			if (!u) {
				if (try_at(ps, t, n, j + 1 - m, first_only, spans))
					return;
				u = 1;
			}
		}
		if (i < half && shift_scan(ps, t, n, i, half, first_only, spans))
			return;
		shift_scan(ps, t, n, j, n, first_only, spans);
		return;
	}
	for (i = 0; i < n; i++) {
		pair = (unsigned)cls[t[i]] << 8 | (i + 1 < n ? cls[t[i + 1]] : 0);
		if (!(bigram[pair / 64] & (1ULL << (pair % 64))))
			continue;
		if (try_at(ps, t, n, i, first_only, spans))
			return;
	}
}

static void
patset_begin(struct patset *ps)
{
	size_t i;

	/* After 2^32 records the generation wraps; start the marks afresh. */
	if (++ps->gen == 0) {
		for (i = 0; i < ps->n; i++)
			ps->pat[i].seen = 0;
		ps->gen = 1;
	}
	ps->nhit = 0;
}

/* --- paper keys for -u and --seen --- */

static size_t
hash_bytes(const char *s, size_t n)
{
	size_t h = 14695981039346656037ULL & SIZE_MAX;

	while (n--)
		h = (h ^ (unsigned char)*s++) * (1099511628211ULL & SIZE_MAX);
	return h;
}

static struct key *
keyset_find(const struct keyset *ks, const char *s, size_t n)
{
	size_t i, k;

	if (ks->nslot == 0)
		return NULL;
	for (i = hash_bytes(s, n) & (ks->nslot - 1); (k = ks->slot[i]);
	    i = (i + 1) & (ks->nslot - 1))
		if (ks->keys[k - 1].len == n && !memcmp(ks->keys[k - 1].s, s, n))
			return &ks->keys[k - 1];
	return NULL;
}

static int
keyset_add(struct keyset *ks, const char *s, size_t n, long long day,
    int fresh)
{
	size_t i, k, nslot;
	size_t *slot;
	struct key *nk;

	if ((ks->n + 1) * 2 > ks->nslot) {
		nslot = ks->nslot ? ks->nslot * 2 : 64;
		if (!(slot = calloc(nslot, sizeof(*slot))))
			return -1;
		for (k = 0; k < ks->n; k++) {
			i = hash_bytes(ks->keys[k].s, ks->keys[k].len) & (nslot - 1);
			while (slot[i])
				i = (i + 1) & (nslot - 1);
			slot[i] = k + 1;
		}
		free(ks->slot);
		ks->slot = slot;
		ks->nslot = nslot;
	}
	if (ks->n == ks->cap) {
		nk = realloc(ks->keys, (ks->cap ? ks->cap * 2 : 64) * sizeof(*nk));
		if (!nk)
			return -1;
		ks->keys = nk;
		ks->cap = ks->cap ? ks->cap * 2 : 64;
	}
	if (!(ks->keys[ks->n].s = malloc(n + 1)))
		return -1;
	if (n)
		memcpy(ks->keys[ks->n].s, s, n);
	ks->keys[ks->n].s[n] = '\0';
	ks->keys[ks->n].len = n;
	ks->keys[ks->n].day = day;
	ks->keys[ks->n].fresh = fresh;
	for (i = hash_bytes(s, n) & (ks->nslot - 1); ks->slot[i];
	    i = (i + 1) & (ks->nslot - 1))
		;
	ks->slot[i] = ++ks->n;
	return 0;
}

static void
keyset_free(struct keyset *ks)
{
	size_t i;

	for (i = 0; i < ks->n; i++)
		free(ks->keys[i].s);
	free(ks->keys);
	free(ks->slot);
	memset(ks, 0, sizeof(*ks));
}

/*
 * Reads an arXiv identifier at s without its version: new style
 * YYMM.NNNN[N] or old style archive[.XX]/YYMMNNN.  Returns its length.
 */
static size_t
arxiv_id_len(const char *s, size_t n)
{
	size_t i = 0, j;

	while (i < n && is_digit(s[i]))
		i++;
	if (i == 4 && i < n && s[i] == '.') {
		for (j = i + 1; j < n && is_digit(s[j]); j++)
			;
		if (j - i - 1 == 4 || j - i - 1 == 5)
			return j;
		return 0;
	}
	for (i = 0; i < n && ((s[i] >= 'a' && s[i] <= 'z') || s[i] == '-'); i++)
		;
	if (i == 0)
		return 0;
	if (i + 3 < n && s[i] == '.' && s[i + 1] >= 'A' && s[i + 1] <= 'Z' &&
	    s[i + 2] >= 'A' && s[i + 2] <= 'Z')
		i += 3;
	if (i >= n || s[i] != '/')
		return 0;
	for (j = i + 1; j < n && is_digit(s[j]); j++)
		;
	return j - i - 1 == 7 ? j : 0;
}

static const char *
find_bytes(const char *s, size_t n, const char *needle)
{
	size_t m = strlen(needle);
	const char *p = s, *end = s + n;

	while ((size_t)(end - p) >= m && (p = memchr(p, needle[0],
	    (size_t)(end - p) - m + 1))) {
		if (!memcmp(p, needle, m))
			return p;
		p++;
	}
	return NULL;
}

/* The key of a paper: its bare arXiv identifier from the link or from the
 * "arXiv:" that starts an arXiv RSS abstract, else its link, else its
 * title with case and whitespace folded. */
static void
paper_key(struct buf *key, struct decoded *d, const struct text *f)
{
	static const char *prefixes[] = {
		"arxiv.org/abs/", "arxiv.org/pdf/", "huggingface.co/papers/",
		"arXiv:",
	};
	const struct text *link = &f[FieldLink], *abs = &f[FieldAbstract];
	const struct text *title;
	const char *at;
	size_t i, n, plen;

	key->len = 0;
	for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
		if (!(at = find_bytes(link->p, link->len, prefixes[i])))
			continue;
		plen = strlen(prefixes[i]);
		n = link->len - (size_t)(at - link->p) - plen;
		if ((n = arxiv_id_len(at + plen, n))) {
			buf_add(key, at + plen, n);
			return;
		}
	}
	if (abs->len > 6 && !memcmp(abs->p, "arXiv:", 6) &&
	    (n = arxiv_id_len(abs->p + 6, abs->len - 6))) {
		buf_add(key, abs->p + 6, n);
		return;
	}
	link = decoded_field(d, f, FieldLink);
	put_clean(key, link->p, link->len, 0);
	if (key->len == 0) {
		title = decoded_field(d, f, FieldTitle);
		put_clean(key, title->p, title->len, 1);
	}
	/* A title of nothing but control characters still keys itself. */
	if (key->len == 0)
		buf_add(key, f[FieldTitle].p, f[FieldTitle].len);
}

/* --- output formatting --- */

/* arXiv's RSS abstracts start "arXiv:ID Announce Type: new \nAbstract: ";
 * a digest shows the abstract without that. */
static void
strip_announce(const char **s, size_t *n)
{
	const char *at;

	if (*n < 6 || memcmp(*s, "arXiv:", 6) != 0)
		return;
	if (!(at = find_bytes(*s, *n, " Announce Type: ")) ||
	    !(at = find_bytes(at, *n - (size_t)(at - *s), "Abstract: ")))
		return;
	at += strlen("Abstract: ");
	*n -= (size_t)(at - *s);
	*s = at;
}

/* Byte length of the longest prefix of s that fits in cols columns. */
static size_t
fit_prefix(const char *s, size_t n, size_t cols)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, w = 0, len;
	uint32_t c;
	int cw;

	while (i < n) {
		len = utf8_decode(p + i, n - i, &c);
		cw = char_width(c);
		if (w + (size_t)cw > cols)
			break;
		w += (size_t)cw;
		i += len;
	}
	/* A combining mark belongs with the character before it. */
	while (i < n && (len = utf8_decode(p + i, n - i, &c)) &&
	    char_width(c) == 0)
		i += len;
	return i;
}

struct render {
	struct buf line, tmp, field;
	size_t *starts;         /* byte offsets where directives begin */
	size_t nstarts, capstarts;
};

static struct render rd;

static void
mark_start(size_t off)
{
	size_t *ns;

	if (rd.nstarts == rd.capstarts) {
		ns = realloc(rd.starts, (rd.capstarts ? rd.capstarts * 2 : 16) *
		    sizeof(*ns));
		if (!ns) {
			rd.line.failed = 1;
			return;
		}
		rd.starts = ns;
		rd.capstarts = rd.capstarts ? rd.capstarts * 2 : 16;
	}
	rd.starts[rd.nstarts++] = off;
}

/* Writes s[0..cut) with the highlight spans (byte offsets into s). */
static void
put_highlighted(struct buf *b, const char *s, size_t cut)
{
	size_t i, pos = 0, start, end, done = 0;

	for (i = 0; i < cfg.keywords.nspans && pos < cut; i++) {
		start = cfg.keywords.spans[i].start;
		end = cfg.keywords.spans[i].end;
		if (start < done)
			start = done;
		if (start >= cut || end <= start)
			continue;
		if (end > cut)
			end = cut;
		buf_add(b, s + pos, start - pos);
		buf_adds(b, "\033[1;31m");
		buf_add(b, s + start, end - start);
		buf_adds(b, "\033[m");
		pos = done = end;
	}
	if (pos < cut)
		buf_add(b, s + pos, cut - pos);
}

static int
span_cmp(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* The text of one directive, clean, before cutting and padding. */
static void
directive_text(struct buf *v, const struct directive *dv,
    const struct text *f, const struct when *w)
{
	const struct pattern *pt;
	const char *s;
	size_t i, n;

	switch (dv->conv) {
	case 'd':
		if (w->dated)
			put_day(v, w->t, 0);
		return;
	case 'D':
		if (w->dated && w->has_time)
			put_day(v, w->t, 1);
		return;
	case 'k':
		for (i = 0; i < cfg.keywords.n; i++) {
			pt = &cfg.keywords.pat[i];
			if (pt->seen != cfg.keywords.gen)
				continue;
			if (v->len)
				buf_adds(v, ", ");
			put_clean(v, pt->arg, strlen(pt->arg), 0);
		}
		return;
	case 't': i = FieldTitle; break;
	case 'l': i = FieldLink; break;
	case 'a': i = FieldAbstract; break;
	case 'A': i = FieldAuthors; break;
	default:  i = (size_t)(dv->conv - '1'); break;
	}
	s = f[i].p;
	n = f[i].len;
	if (dv->conv == 'a')
		strip_announce(&s, &n);
	rd.tmp.len = 0;
	decode_escapes(&rd.tmp, s, n);
	put_clean(v, rd.tmp.p, rd.tmp.len, 0);
}

/* Where text v is cut for a precision, and whether that takes an ellipsis. */
static size_t
cut_for_precision(const struct directive *dv, const struct buf *v,
    int *ellipsis)
{
	size_t cut, cols, sp;

	*ellipsis = 0;
	if (dv->prec < 0 || text_width(v->p, v->len) <= (size_t)dv->prec)
		return v->len;
	cols = dv->prec > 0 ? (size_t)dv->prec - 1 : 0;
	cut = fit_prefix(v->p, v->len, cols);
	*ellipsis = dv->prec > 0;
	/* An excerpt reads better when it ends at a word. */
	if (dv->conv == 'a') {
		for (sp = cut; sp > 0 && v->p[sp] != ' '; sp--)
			;
		if (sp > 0 && text_width(v->p, sp) >= cols - cols / 5)
			cut = sp;
	}
	while (cut > 0 && v->p[cut - 1] == ' ')
		cut--;
	return cut;
}

/* Appends one directive's text, cut and padded as it asks. */
static void
put_directive(const struct directive *dv, const struct text *f,
    const struct when *when)
{
	struct buf *out = &rd.line, *v = &rd.field;
	struct patset *kw = &cfg.keywords;
	size_t w = 0, width = dv->width > 0 ? (size_t)dv->width : 0, cut;
	int ellipsis;

	v->len = 0;
	directive_text(v, dv, f, when);
	if (v->failed) {
		out->failed = 1;
		return;
	}
	cut = cut_for_precision(dv, v, &ellipsis);
	if (width)
		w = text_width(v->p, cut) + (size_t)ellipsis;
	for (; !dv->left && w < width; w++)
		buf_addc(out, ' ');
	mark_start(out->len);
	if (cfg.color && (dv->conv == 't' || dv->conv == 'a')) {
		kw->nspans = 0;
		patset_search(kw, (const unsigned char *)v->p, v->len, 0, 1);
		if (kw->nspans > 1)
			qsort(kw->spans, kw->nspans, sizeof(*kw->spans), span_cmp);
		put_highlighted(out, v->p, cut);
	} else
		buf_add(out, v->p, cut);
	if (ellipsis)
		buf_adds(out, "\xe2\x80\xa6");
	for (; dv->left && w < width; w++)
		buf_addc(out, ' ');
}

/*
 * Breaks the lines of s longer than cfg.wrap at spaces.  A continuation
 * line is indented to the column where the field that was running began.
 */
static void
put_wrapped(struct buf *b, const char *s, size_t n)
{
	size_t i = 0, col = 0, indent = 0, ns = 0, ws, we, k, next, spaces;
	int content = 0, field_in_spaces;

	while (i < n) {
		if (s[i] == '\n') {
			buf_addc(b, '\n');
			i++;
			col = indent = 0;
			content = 0;
			continue;
		}
		/* A run of spaces, then a word. */
		for (ws = i; ws < n && s[ws] == ' '; ws++)
			;
		for (we = ws; we < n && s[we] != ' ' && s[we] != '\n'; we++)
			;
		spaces = ws - i;
		if (content && we > ws && col + spaces + text_width(s + ws, we - ws) >
		    (size_t)cfg.wrap) {
			buf_addc(b, '\n');
			for (k = 0; k < indent; k++)
				buf_addc(b, ' ');
			col = indent;
		} else {
			buf_add(b, s + i, spaces);
			col += spaces;
		}
		/* A field padded on the left begins, for indenting, at its text. */
		for (field_in_spaces = 0; ns < rd.nstarts && rd.starts[ns] < ws; ns++)
			field_in_spaces |= rd.starts[ns] >= i;
		if (field_in_spaces)
			indent = col;
		for (k = ws; k < we; k = next) {
			if (ns < rd.nstarts && rd.starts[ns] == k)
				indent = col;
			while (ns < rd.nstarts && rd.starts[ns] <= k)
				ns++;
			next = ns < rd.nstarts && rd.starts[ns] < we ? rd.starts[ns] : we;
			buf_add(b, s + k, next - k);
			col += text_width(s + k, next - k);
		}
		content |= we > ws;
		i = we;
	}
}

static void
render_record(struct buf *out, const struct text *f, const struct when *w)
{
	size_t i;

	rd.line.len = 0;
	rd.nstarts = 0;
	for (i = 0; i < cfg.nfmt; i++) {
		if (cfg.fmt[i].conv == 0)
			buf_add(&rd.line, cfg.fmtlit.p + cfg.fmt[i].litoff,
			    cfg.fmt[i].litlen);
		else
			put_directive(&cfg.fmt[i], f, w);
	}
	if (rd.line.failed) {
		out->failed = 1;
		return;
	}
	if (cfg.wrap > 0)
		put_wrapped(out, rd.line.p, rd.line.len);
	else
		buf_add(out, rd.line.p, rd.line.len);
	buf_addc(out, '\n');
}

/*
 * Reads the width or precision digits of a directive at *s into *out.  A
 * run not followed by a conversion letter or '.' ends in the field number
 * (%16 is field 6 in 1 column), so its last digit is left for that.
 */
static int
parse_count(const char **s, long *out)
{
	const char *end = *s;
	long v = 0;

	while (is_digit(*end))
		end++;
	if (end > *s && (*end == '\0' || !strchr("dDtlaAk.", *end)))
		end--;
	if (end == *s)
		return 0;
	for (; *s < end; (*s)++)
		if ((v = v * 10 + (**s - '0')) > 10000)
			return -1;
	*out = v;
	return 0;
}

/* Reads one directive after its '%'; -1 and a message when it is bad. */
static int
parse_directive(const char **s, struct directive *dv)
{
	if (**s == '-') {
		dv->left = 1;
		(*s)++;
	}
	/* %6 is field 6, while %60t pads %t: a run of digits is a width only
	 * when a conversion letter or '.' follows it. */
	if (parse_count(s, &dv->width) < 0)
		goto toolong;
	if (**s == '.') {
		(*s)++;
		if (parse_count(s, &dv->prec) < 0)
			goto toolong;
		if (dv->prec < 0)
			dv->prec = 0;
	}
	if (!**s) {
		warnx("format: incomplete directive at end");
		return -1;
	}
	if (!strchr("dDtlaAk123456789", **s)) {
		warnx("format: unknown directive %%%c", **s);
		return -1;
	}
	dv->conv = *(*s)++;
	return 0;
toolong:
	warnx("format: width or precision over 10000");
	return -1;
}

/* The character a format escape \c stands for, or 0 if it is none. */
static int
format_escape(int c)
{
	switch (c) {
	case 'n':  return '\n';
	case 't':  return '\t';
	case '\\': return '\\';
	default:   return 0;
	}
}

/* Copies literal text up to the next directive, with %% and escapes. */
static const char *
copy_literal(const char *s, struct buf *b)
{
	int c;

	while (*s && !(*s == '%' && s[1] != '%')) {
		if (*s == '%') {
			buf_addc(b, '%');
			s += 2;
		} else if (*s == '\\' && (c = format_escape(s[1]))) {
			buf_addc(b, c);
			s += 2;
		} else
			buf_addc(b, *s++);
	}
	return s;
}

/* Compiles a --format string; on error says why and returns -1. */
static int
compile_format(const char *s)
{
	struct directive dv, *nf;
	size_t cap = 0;

	while (*s) {
		memset(&dv, 0, sizeof(dv));
		dv.width = dv.prec = -1;
		if (*s == '%' && s[1] != '%') {
			s++;
			if (parse_directive(&s, &dv) < 0)
				return -1;
			if (dv.conv == 'k')
				cfg.need_all_keywords = 1;
		} else {
			dv.litoff = cfg.fmtlit.len;
			s = copy_literal(s, &cfg.fmtlit);
			dv.litlen = cfg.fmtlit.len - dv.litoff;
		}
		if (cfg.nfmt == cap) {
			cap = cap ? cap * 2 : 8;
			if (!(nf = realloc(cfg.fmt, cap * sizeof(*nf)))) {
				warnx("out of memory");
				return -1;
			}
			cfg.fmt = nf;
		}
		cfg.fmt[cfg.nfmt++] = dv;
	}
	if (cfg.fmtlit.failed) {
		warnx("out of memory");
		return -1;
	}
	return 0;
}

/* --- the filter --- */

struct reader {
	FILE *in;
	char *buf;
	size_t cap, start, end;
	int eof;
};

/* Finds the next line in r, reading more as needed; returns its length
 * without the newline, -1 at end of input, -2 on a read or memory error. */
static long long
next_line(struct reader *r, char **line)
{
	char *nl, *nb;
	size_t got, scanned = r->start, ncap;

	for (;;) {
		if ((nl = memchr(r->buf + scanned, '\n', r->end - scanned))) {
			*line = r->buf + r->start;
			got = (size_t)(nl - *line);
			r->start += got + 1;
			return (long long)got;
		}
		scanned = r->end;
		if (r->eof) {
			if (r->start == r->end)
				return -1;
			*line = r->buf + r->start;
			got = r->end - r->start;
			r->start = r->end;
			return (long long)got;
		}
		if (r->start > 0) {
			memmove(r->buf, r->buf + r->start, r->end - r->start);
			r->end -= r->start;
			scanned -= r->start;
			r->start = 0;
		}
		if (r->end == r->cap) {
			/* Only a line longer than the buffer grows it. */
			ncap = r->cap / 2 * 3;
			if (ncap < r->cap || !(nb = realloc(r->buf, ncap))) {
				errno = ENOMEM;
				return -2;
			}
			r->buf = nb;
			r->cap = ncap;
		}
		got = fread(r->buf + r->end, 1, r->cap - r->end, r->in);
		r->end += got;
		if (got == 0) {
			if (ferror(r->in))
				return -2;
			r->eof = 1;
		}
	}
}

/* Splits the rest of a line at TABs into the fields after the date, which
 * record_head has found; missing fields are empty. */
static void
split_fields(const char *line, size_t n, struct text *f)
{
	const char *p = f[FieldDate].p + f[FieldDate].len + 1, *end = line + n;
	const char *tab;
	size_t i;

	for (i = FieldTitle; i < FieldLast; i++) {
		if (p >= end) {
			f[i].p = end;
			f[i].len = 0;
			continue;
		}
		f[i].p = p;
		tab = memchr(p, '\t', (size_t)(end - p));
		f[i].len = (size_t)((tab ? tab : end) - p);
		p = tab ? tab + 1 : end + 1;
	}
}

static void
report(unsigned long long lineno, const char *why, const char *s, size_t n)
{
	struct buf b = { 0 };

	cfg.st.malformed++;
	if (n == 0) {
		warnx("line %llu: %s", lineno, why);
		return;
	}
	put_clean(&b, s, n < 64 ? n : 64, 0);
	buf_addc(&b, '\0');
	warnx("line %llu: %s '%s%s'", lineno, why, b.failed ? "" : b.p,
	    n > 64 ? "..." : "");
	buf_free(&b);
}

/* Searches field i of a record for a set, with its escapes decoded. */
static void
search_field(struct patset *ps, struct decoded *d, const struct text *f,
    size_t i, int first_only)
{
	const struct text *t = decoded_field(d, f, i);

	patset_search(ps, (const unsigned char *)t->p, t->len, first_only, 0);
}

/* Does the record pass the keyword, author and exclude tests? */
static int
select_text(const struct text *f, struct decoded *d)
{
	struct patset *kw = &cfg.keywords;
	int any = !cfg.need_all_keywords;

	if (kw->n) {
		patset_begin(kw);
		search_field(kw, d, f, FieldTitle, any);
		if (!cfg.title_only && !(any && kw->nhit) && kw->nhit < kw->n)
			search_field(kw, d, f, FieldAbstract, any);
		if (cfg.all ? kw->nhit < kw->n : kw->nhit == 0)
			return 0;
	}
	if (cfg.authors.n) {
		patset_begin(&cfg.authors);
		search_field(&cfg.authors, d, f, FieldAuthors, 1);
		if (cfg.authors.nhit == 0)
			return 0;
	}
	cfg.st.matched++;
	if (cfg.excludes.n) {
		patset_begin(&cfg.excludes);
		search_field(&cfg.excludes, d, f, FieldTitle, 1);
		if (!cfg.title_only && cfg.excludes.nhit == 0)
			search_field(&cfg.excludes, d, f, FieldAbstract, 1);
		if (cfg.excludes.nhit) {
			cfg.st.excluded++;
			return 0;
		}
	}
	return 1;
}

/* Drops a paper already printed (-u) or already seen (--seen), and
 * remembers a new one; -1 on running out of memory. */
static int
select_new(const struct text *f, struct buf *key, struct decoded *d)
{
	struct key *k;

	if (!cfg.unique && !cfg.seen_path)
		return 1;
	key->len = 0;
	paper_key(key, d, f);
	if (key->failed || decoded_failed(d))
		return -1;
	if ((k = keyset_find(&cfg.keys, key->p, key->len))) {
		if (k->fresh)
			cfg.st.duplicates++;
		else
			cfg.st.seen++;
		return 0;
	}
	if (keyset_add(&cfg.keys, key->p, key->len, cfg.today, 1) < 0)
		return -1;
	return 1;
}

/*
 * Looks at the first two fields only: a record needs a title, its date
 * must parse, and with a date window it must fall inside.  Returns 0 for a
 * record to skip (reported when malformed).
 */
static int
record_head(const char *line, size_t len, unsigned long long lineno,
    struct text *f, struct when *w)
{
	const char *tab = memchr(line, '\t', len);

	f[FieldDate].p = line;
	f[FieldDate].len = tab ? (size_t)(tab - line) : len;
	if (!tab || tab + 1 == line + len || tab[1] == '\t') {
		report(lineno, "no title", NULL, 0);
		return 0;
	}
	w->dated = 0;
	if (f[FieldDate].len) {
		if (parse_date(f[FieldDate].p, f[FieldDate].len, &w->t,
		    &w->has_time) == 0)
			w->dated = 1;
		else
			report(lineno, "invalid date", f[FieldDate].p,
			    f[FieldDate].len);
	}
	if (cfg.dated && (!w->dated || w->t < cfg.since || w->t > cfg.until)) {
		cfg.st.outside++;
		return 0;
	}
	return 1;
}

/* Formats a selected record into ob as the options ask. */
static void
emit_record(struct buf *ob, const char *line, size_t len, int had_cr,
    const struct text *f, const struct when *w)
{
	ob->len = 0;
	if (cfg.quiet || cfg.count)
		return;
	if (cfg.raw) {
		/* As read: a CR that ended the line goes out again. */
		buf_add(ob, line, len + (size_t)had_cr);
		buf_addc(ob, '\n');
	} else
		render_record(ob, f, w);
}

/*
 * The one loop: reads records from in and writes the selected ones to out.
 * Never exits, so a fuzz target can drive it; returns Match, NoMatch or
 * Error (a read, write or memory error, reported here).
 */
static enum status
filter(FILE *in, FILE *out)
{
	struct reader r = { 0 };
	struct text f[FieldLast];
	struct when w = { 0, 0, 0 };
	struct decoded d;
	struct buf ob = { 0 }, key = { 0 };
	unsigned long long lineno = 0;
	long long len = -1;
	char *line;
	int fresh, had_cr;
	enum { Ok, ReadFault, MemFault, WriteFault } fault = Ok;

	memset(&d, 0, sizeof(d));
	r.in = in;
	r.cap = 1 << 16;
	if (!(r.buf = malloc(r.cap))) {
		warnx("out of memory");
		return Error;
	}
	while (!(cfg.limited && cfg.st.printed >= cfg.max_count) &&
	    (len = next_line(&r, &line)) >= 0) {
		if (++lineno == 1 && len >= 3 && !memcmp(line, "\xef\xbb\xbf", 3)) {
			line += 3;
			len -= 3;
		}
		if ((had_cr = len > 0 && line[len - 1] == '\r'))
			len--;
		if (len == 0)
			continue;
		cfg.st.read++;
		if (!record_head(line, (size_t)len, lineno, f, &w))
			continue;
		split_fields(line, (size_t)len, f);
		d.done = 0;
		if (!select_text(f, &d))
			continue;
		if ((fresh = select_new(f, &key, &d)) < 0) {
			fault = MemFault;
			break;
		}
		if (!fresh)
			continue;
		cfg.st.printed++;
		emit_record(&ob, line, (size_t)len, had_cr, f, &w);
		if (ob.failed || decoded_failed(&d)) {
			fault = MemFault;
			break;
		}
		if (ob.len && fwrite(ob.p, 1, ob.len, out) != ob.len) {
			fault = WriteFault;
			break;
		}
	}
	if (len == -2)
		fault = errno == ENOMEM ? MemFault : ReadFault;
	if (fault == Ok && cfg.count && !cfg.quiet &&
	    fprintf(out, "%llu\n", cfg.st.printed) < 0)
		fault = WriteFault;
	if (fault == ReadFault)
		warnx("read error: %s", strerror(errno));
	else if (fault == MemFault)
		warnx("out of memory");
	else if (fault == WriteFault)
		warnx("write error: %s", strerror(errno));
	free(r.buf);
	buf_free(&ob);
	buf_free(&key);
	decoded_free(&d);
	if (fault != Ok || ferror(out))
		return Error;
	return cfg.st.printed ? Match : NoMatch;
}

/* --- the file of seen papers (--seen) --- */

/* Locks FILE.lock (created as needed) with fcntl, which outlives our
 * rename of FILE itself; two runs on one FILE take turns. */
static int
seen_lock(const char *path)
{
	struct flock fl;
	struct buf name = { 0 };
	int fd;

	buf_adds(&name, path);
	buf_adds(&name, ".lock");
	buf_addc(&name, '\0');
	if (name.failed) {
		warnx("out of memory");
		return -1;
	}
	if ((fd = open(name.p, O_RDWR | O_CREAT, 0666)) < 0) {
		warnx("%s: %s", name.p, strerror(errno));
		buf_free(&name);
		return -1;
	}
	memset(&fl, 0, sizeof(fl));
	fl.l_type = F_WRLCK;
	fl.l_whence = SEEK_SET;
	while (fcntl(fd, F_SETLKW, &fl) < 0) {
		if (errno == EINTR)
			continue;
		warnx("%s: lock: %s", name.p, strerror(errno));
		close(fd);
		fd = -1;
		break;
	}
	buf_free(&name);
	return fd;
}

/* Loads FILE: lines "KEY YYYY-MM-DD"; a missing FILE is an empty one. */
static int
seen_load(const char *path)
{
	FILE *fp;
	char *line = NULL, *sp;
	size_t cap = 0, n;
	ssize_t len;
	unsigned long long lineno = 0;
	long long when;
	int has_time, rv = 0;

	if (!(fp = fopen(path, "r"))) {
		if (errno == ENOENT)
			return 0;
		warnx("%s: %s", path, strerror(errno));
		return -1;
	}
	while ((len = getline(&line, &cap, fp)) > 0) {
		lineno++;
		n = (size_t)len;
		if (line[n - 1] == '\n')
			line[--n] = '\0';
		if (n == 0)
			continue;
		sp = strrchr(line, ' ');
		if (!sp || sp == line || parse_date(sp + 1, strlen(sp + 1), &when,
		    &has_time) < 0 || has_time) {
			warnx("%s: line %llu: not 'KEY YYYY-MM-DD'", path, lineno);
			rv = -1;
			break;
		}
		/* An expired key no longer hides its paper. */
		if (when / 86400 < cfg.today - cfg.seen_days)
			continue;
		if (!keyset_find(&cfg.keys, line, (size_t)(sp - line)) &&
		    keyset_add(&cfg.keys, line, (size_t)(sp - line),
		    when / 86400, 0) < 0) {
			warnx("out of memory");
			rv = -1;
			break;
		}
	}
	if (rv == 0 && (ferror(fp) || (len < 0 && errno == ENOMEM))) {
		warnx("%s: %s", path, strerror(errno ? errno : EIO));
		rv = -1;
	}
	free(line);
	fclose(fp);
	return rv;
}

/* Writes the keys not older than --seen-days to fp, "KEY YYYY-MM-DD". */
static int
seen_write(FILE *fp)
{
	struct buf line = { 0 };
	const struct key *k;
	size_t i;
	int ok = 1;

	for (i = 0; ok && i < cfg.keys.n; i++) {
		k = &cfg.keys.keys[i];
		if (k->day < cfg.today - cfg.seen_days)
			continue;
		line.len = 0;
		buf_add(&line, k->s, k->len);
		buf_addc(&line, ' ');
		put_day(&line, k->day * 86400, 0);
		buf_addc(&line, '\n');
		if (line.failed || fwrite(line.p, 1, line.len, fp) != line.len)
			ok = 0;
	}
	buf_free(&line);
	return ok && fflush(fp) != EOF && fsync(fileno(fp)) == 0 ? 0 : -1;
}

/* A rename is durable only once its directory is on disk too. */
static void
sync_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	struct buf dir = { 0 };
	int fd;

	if (slash)
		buf_add(&dir, path, (size_t)(slash - path) + (slash == path));
	else
		buf_addc(&dir, '.');
	buf_addc(&dir, '\0');
	if (!dir.failed && (fd = open(dir.p, O_RDONLY)) >= 0) {
		fsync(fd);
		close(fd);
	}
	buf_free(&dir);
}

/* Rewrites FILE atomically: a temporary file in the same directory,
 * fsync, rename, fsync of the directory. */
static int
seen_save(const char *path)
{
	struct buf tmp = { 0 };
	struct stat sb;
	mode_t mask;
	FILE *fp = NULL;
	int fd, ok;

	buf_adds(&tmp, path);
	buf_adds(&tmp, ".XXXXXX");
	buf_addc(&tmp, '\0');
	if (tmp.failed || (fd = mkstemp(tmp.p)) < 0) {
		warnx("%s: cannot create temporary file: %s", path,
		    tmp.failed ? "out of memory" : strerror(errno));
		buf_free(&tmp);
		return -1;
	}
	/* mkstemp makes the file 0600; keep the old mode, or the usual one. */
	if (stat(path, &sb) == 0)
		fchmod(fd, sb.st_mode & 07777);
	else {
		mask = umask(0);
		umask(mask);
		fchmod(fd, 0666 & ~mask);
	}
	ok = (fp = fdopen(fd, "w")) && seen_write(fp) == 0;
	if (fp ? fclose(fp) == EOF : close(fd) < 0)
		ok = 0;
	if (ok && rename(tmp.p, path) == 0)
		sync_dir(path);
	else {
		warnx("%s: cannot update: %s", path, strerror(errno));
		unlink(tmp.p);
		ok = 0;
	}
	buf_free(&tmp);
	return ok ? 0 : -1;
}

/* --- handing the digest over (--pipe) --- */

/* Runs cmd with the digest in digest as its standard input; 0 when it
 * exits 0. */
static int
run_pipe(const char *cmd, FILE *digest)
{
	pid_t pid;
	int status;

	if (fflush(digest) == EOF || fseek(digest, 0, SEEK_SET) < 0 ||
	    lseek(fileno(digest), 0, SEEK_SET) < 0) {
		warnx("--pipe: cannot keep the digest: %s", strerror(errno));
		return -1;
	}
	fflush(stdout);
	if ((pid = fork()) < 0) {
		warnx("--pipe: fork: %s", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		if (dup2(fileno(digest), STDIN_FILENO) < 0)
			_exit(127);
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			warnx("--pipe: wait: %s", strerror(errno));
			return -1;
		}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	if (WIFEXITED(status))
		warnx("--pipe: command failed with exit status %d%s",
		    WEXITSTATUS(status), cfg.seen_path ? "; nothing marked seen" :
		    "");
	else
		warnx("--pipe: command killed by signal %d%s", WTERMSIG(status),
		    cfg.seen_path ? "; nothing marked seen" : "");
	return -1;
}

/* --- options --- */

enum {
	OptColor = 256, OptPipe, OptRequireInput, OptSeen, OptSeenDays,
	OptSince, OptStats, OptStrict, OptUntil, OptWrap
};

static const struct option {
	const char *name;
	int key;
	int arg;        /* 0: none, 1: required, 2: optional (--name=VALUE) */
} options[] = {
	{ "all",            'a', 0 },
	{ "author",         'A', 1 },
	{ "case-sensitive", 's', 0 },
	{ "color",          OptColor, 2 },
	{ "colour",         OptColor, 2 },
	{ "count",          'c', 0 },
	{ "exclude",        'x', 1 },
	{ "format",         'f', 1 },
	{ "help",           'h', 0 },
	{ "keyword",        'e', 1 },
	{ "max-count",      'm', 1 },
	{ "pipe",           OptPipe, 1 },
	{ "quiet",          'q', 0 },
	{ "raw",            'r', 0 },
	{ "require-input",  OptRequireInput, 0 },
	{ "seen",           OptSeen, 1 },
	{ "seen-days",      OptSeenDays, 1 },
	{ "since",          OptSince, 1 },
	{ "stats",          OptStats, 0 },
	{ "strict",         OptStrict, 0 },
	{ "title",          't', 0 },
	{ "unique",         'u', 0 },
	{ "until",          OptUntil, 1 },
	{ "version",        'V', 0 },
	{ "word",           'w', 0 },
	{ "wrap",           OptWrap, 1 },
};

static const char short_noarg[] = "achqrstuVw";
static const char short_arg[] = "Aefmx";

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: %s [-acqrstuVw] [-A name] [-e keyword] [-f format] "
	    "[-m num]\n"
	    "              [-x keyword] [--since date] [--until date] "
	    "[--seen file]\n"
	    "              [--seen-days num] [--pipe cmd] [--wrap cols] "
	    "[--color[=when]]\n"
	    "              [--stats] [--strict] [--require-input] "
	    "[keyword ...]\n", argv0);
}

/* Reads a whole number in [lo, hi], strictly; -1 and a message if not. */
static int
parse_number(const char *opt, const char *s, long long lo, long long hi,
    long long *out)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (!is_digit((unsigned char)*s) && !(*s == '-' && is_digit(s[1]))) {
		warnx("%s: '%s' is not a number", opt, s);
		return -1;
	}
	if (*end) {
		warnx("%s: '%s' is not a number", opt, s);
		return -1;
	}
	if (errno == ERANGE || v < lo || v > hi) {
		warnx("%s: '%s' is out of range (%lld to %lld)", opt, s, lo, hi);
		return -1;
	}
	*out = v;
	return 0;
}

static int
add_keyword(struct patset *ps, const char *opt, const char *arg)
{
	if (*arg == '\0') {
		warnx("%s: empty keyword", opt);
		return -1;
	}
	if (pattern_add(ps, arg) < 0) {
		warnx("out of memory");
		return -1;
	}
	return 0;
}

static int help, version;
static const char *format_arg;

/* Acts on one option; -1 on a bad value (already reported). */
static int
apply_option(int key, const char *name, const char *val)
{
	long long n;

	switch (key) {
	case 'a': cfg.all = 1; break;
	case 'c': cfg.count = 1; break;
	case 'h': help = 1; break;
	case 'q': cfg.quiet = 1; break;
	case 'r': cfg.raw = 1; break;
	case 's': cfg.case_sensitive = 1; break;
	case 't': cfg.title_only = 1; break;
	case 'u': cfg.unique = 1; break;
	case 'V': version = 1; break;
	case 'w': cfg.word = 1; break;
	case 'A': return add_keyword(&cfg.authors, name, val);
	case 'e': return add_keyword(&cfg.keywords, name, val);
	case 'x': return add_keyword(&cfg.excludes, name, val);
	case 'f': format_arg = val; break;
	case 'm':
		if (parse_number(name, val, 0, LLONG_MAX, &n) < 0)
			return -1;
		cfg.max_count = (unsigned long long)n;
		cfg.limited = 1;
		break;
	case OptColor:
		if (!val || !strcmp(val, "auto"))
			cfg.color = -1;
		else if (!strcmp(val, "always"))
			cfg.color = 1;
		else if (!strcmp(val, "never"))
			cfg.color = 0;
		else {
			warnx("%s: '%s' is not auto, always or never", name, val);
			return -1;
		}
		break;
	case OptPipe: cfg.pipe_cmd = val; break;
	case OptRequireInput: cfg.require_input = 1; break;
	case OptSeen: cfg.seen_path = val; break;
	case OptSeenDays:
		return parse_number(name, val, 0, 1000000, &cfg.seen_days);
	case OptSince:
	case OptUntil:
		if (parse_bound(val, key == OptUntil,
		    key == OptUntil ? &cfg.until : &cfg.since) < 0) {
			warnx("%s: invalid date '%s'", name, val);
			return -1;
		}
		cfg.dated = 1;
		break;
	case OptStats: cfg.stats = 1; break;
	case OptStrict: cfg.strict = 1; break;
	case OptWrap:
		if (parse_number(name, val, 1, 10000, &n) < 0)
			return -1;
		cfg.wrap = (long)n;
		break;
	}
	return 0;
}

static int
parse_long(char **argv, int *i)
{
	const char *arg = argv[*i] + 2, *eq = strchr(arg, '='), *val = NULL;
	size_t len = eq ? (size_t)(eq - arg) : strlen(arg), k;
	char name[64];

	for (k = 0; k < sizeof(options) / sizeof(options[0]); k++)
		if (strlen(options[k].name) == len &&
		    !strncmp(options[k].name, arg, len))
			break;
	snprintf(name, sizeof(name), "--%.*s", (int)(len < 40 ? len : 40), arg);
	if (k == sizeof(options) / sizeof(options[0])) {
		warnx("unknown option '%s'", name);
		return -1;
	}
	if (eq && options[k].arg == 0) {
		warnx("option '%s' takes no value", name);
		return -1;
	}
	if (eq)
		val = eq + 1;
	else if (options[k].arg == 1) {
		if (!argv[*i + 1]) {
			warnx("option '%s' needs a value", name);
			return -1;
		}
		val = argv[++*i];
	}
	return apply_option(options[k].key, name, val);
}

static int
parse_short(char **argv, int *i)
{
	const char *p = argv[*i] + 1, *val;
	char name[3] = "-?";

	for (; *p; p++) {
		name[1] = *p;
		if (strchr(short_noarg, *p)) {
			apply_option(*p, name, NULL);
			continue;
		}
		if (!strchr(short_arg, *p)) {
			warnx("unknown option '%s'", name);
			return -1;
		}
		if (p[1])
			val = p + 1;
		else if (argv[*i + 1])
			val = argv[++*i];
		else {
			warnx("option '%s' needs a value", name);
			return -1;
		}
		return apply_option(*p, name, val);
	}
	return 0;
}

/*
 * Parses the command line like GNU getopt_long, options and keywords in any
 * order: "--" ends the options, "-" alone is a keyword.
 */
static int
parse_args(int argc, char **argv)
{
	int i, done = 0;

	for (i = 1; i < argc; i++) {
		if (!done && !strcmp(argv[i], "--"))
			done = 1;
		else if (!done && argv[i][0] == '-' && argv[i][1] == '-') {
			if (parse_long(argv, &i) < 0)
				return -1;
		} else if (!done && argv[i][0] == '-' && argv[i][1]) {
			if (parse_short(argv, &i) < 0)
				return -1;
		} else if (add_keyword(&cfg.keywords, "keyword", argv[i]) < 0)
			return -1;
	}
	return 0;
}

/* Case-sensitive matching is the same search with another byte table. */
static void
config_tables(void)
{
	int c;

	if (cfg.case_sensitive)
		for (c = 'A'; c <= 'Z'; c++)
			cls[c] = (unsigned char)c;
}

/* Checks option combinations and builds what the filter needs. */
static int
validate(void)
{
	config_tables();
	if (cfg.raw && format_arg) {
		warnx("-r and -f cannot be used together");
		return -1;
	}
	if (compile_format(format_arg ? format_arg : default_format) < 0)
		return -1;
	if (cfg.all)
		cfg.need_all_keywords = 1;
	if (cfg.color < 0) {
		const char *no_color = getenv("NO_COLOR");

		cfg.color = isatty(STDOUT_FILENO) && !(no_color && *no_color);
	}
	if (patset_compile(&cfg.keywords) < 0 ||
	    patset_compile(&cfg.excludes) < 0 ||
	    patset_compile(&cfg.authors) < 0) {
		warnx("out of memory");
		return -1;
	}
	return 0;
}

static void
config_init(void)
{
	int c;

	memset(&cfg, 0, sizeof(cfg));
	cfg.since = LLONG_MIN;
	cfg.until = LLONG_MAX;
	cfg.seen_days = 90;
	cfg.color = -1;         /* auto */
	cfg.today = today_days();
	help = version = 0;
	format_arg = NULL;
	for (c = 0; c < 256; c++)
		cls[c] = (unsigned char)(c >= 0x80 ? 0x80 : c);
	for (c = 'A'; c <= 'Z'; c++)
		cls[c] = (unsigned char)(c + 32);
	for (c = '\t'; c <= '\r'; c++)
		cls[c] = ' ';
}

static void
config_free(void)
{
	patset_free(&cfg.keywords);
	patset_free(&cfg.excludes);
	patset_free(&cfg.authors);
	keyset_free(&cfg.keys);
	free(cfg.fmt);
	cfg.fmt = NULL;
	buf_free(&cfg.fmtlit);
	buf_free(&rd.line);
	buf_free(&rd.tmp);
	buf_free(&rd.field);
	free(rd.starts);
	memset(&rd, 0, sizeof(rd));
}

static void
print_stats(void)
{
	const struct stats *s = &cfg.st;

	fprintf(stderr, "%s: read %llu malformed %llu outside %llu matched %llu "
	    "excluded %llu duplicates %llu seen %llu printed %llu\n", argv0,
	    s->read, s->malformed, s->outside, s->matched, s->excluded,
	    s->duplicates, s->seen, s->printed);
}

/* Flushes and checks an output stream, so a full disk is an error. */
static int
check_output(FILE *fp)
{
	if (fflush(fp) == EOF || ferror(fp)) {
		warnx("write error: %s", strerror(errno ? errno : EIO));
		return -1;
	}
	return 0;
}

/*
 * A closed standard descriptor would be handed out again by open(), and
 * the digest could land in the lock file.  Each one closed is opened on
 * /dev/null the wrong way round, so using it still fails loudly.
 */
static void
guard_std_fds(void)
{
	int fd;

	for (fd = 0; fd <= 2; fd++)
		if (fcntl(fd, F_GETFD) < 0 && errno == EBADF &&
		    open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY) != fd)
			_exit(Error);
}

/*
 * After the filter: flush the digest, hand it to --pipe, apply --strict
 * and --require-input, and only when all went well mark papers seen.
 */
static enum status
deliver(enum status rv, FILE *out)
{
	/* The filter has reported any write error it met itself. */
	if (!ferror(out) && check_output(out) < 0)
		rv = Error;
	if (rv == Match && cfg.pipe_cmd && run_pipe(cfg.pipe_cmd, out) < 0)
		rv = Error;
	if (rv != Error && cfg.strict && cfg.st.malformed)
		rv = Error;
	if (rv != Error && cfg.require_input && cfg.st.read == 0) {
		warnx("no input records");
		rv = Error;
	}
	if (rv != Error && cfg.seen_path && seen_save(cfg.seen_path) < 0)
		rv = Error;
	return rv;
}

#ifndef PAPERS_NO_MAIN
int
main(int argc, char *argv[])
{
	static char outbuf[1 << 16];
	enum status rv;
	FILE *out = stdout;
	int lockfd = -1;

	guard_std_fds();
	config_init();
	if (parse_args(argc, argv) < 0 || validate() < 0) {
		usage(stderr);
		fprintf(stderr, "Try '%s --help' for more information.\n", argv0);
		return Error;
	}
	if (help || version) {
		if (help)
			usage(stdout);
		else
			puts("papers " VERSION);
		return check_output(stdout) < 0 ? Error : Match;
	}
	if (!isatty(STDOUT_FILENO))
		setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
	if (cfg.seen_path && ((lockfd = seen_lock(cfg.seen_path)) < 0 ||
	    seen_load(cfg.seen_path) < 0))
		return Error;
	/* --pipe keeps the digest aside until it is known to be complete. */
	if (cfg.pipe_cmd && !(out = tmpfile())) {
		warnx("--pipe: cannot keep the digest: %s", strerror(errno));
		return Error;
	}

	rv = deliver(filter(stdin, out), out);

	if (cfg.stats)
		print_stats();
	if (out != stdout)
		fclose(out);
	if (lockfd >= 0)
		close(lockfd);
	config_free();
	return rv;
}
#endif
