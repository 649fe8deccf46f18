/* See LICENSE file for copyright and license details. */
/*
 * papers: read TAB-separated paper records (date, title, link, abstract,
 * authors, ...) on standard input, select them by keyword, author and date,
 * and write one digest line per selected record.
 *
 * Start reading at main, then filter.  main parses the command line into
 * struct options, read-only after validate(), which compiles all that the
 * filter reads into a struct query: matchers, selection, the output
 * format (colour, escaping, wrapping settled), the ranking.  filter()
 * reads each line into one struct record: record_load and record_head
 * look at the date first, split_fields cuts the rest in place,
 * select_text runs each matcher once per field it needs and keeps what
 * it found, paper_is_new drops papers printed or seen.  take_record
 * prints (emit_record) or, for --sort and --top, keeps a copy of the line
 * and of what was found for rank_flush.  What changes while it runs lives
 * in struct run.  deliver() then flushes the digest, hands it to --pipe
 * and rewrites the --seen file.  Out of memory, the run ends: exit 2.
 *
 * The sections: types; utilities; UTF-8, folding and widths; escapes and
 * cleaning; dates; accents; matching (the automaton); reading records;
 * paper keys; selection and ranking values; the format compiler; the
 * renderer; the filter and ranking; the seen file; --pipe; the command
 * line; deliver and main; the tables.  Each function comes before its
 * callers, but for the few declared ahead.
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

#ifndef VERSION
#define VERSION "2.0"
#endif

#define LEN(a)          (sizeof(a) / sizeof((a)[0]))
#define ISDIGIT(c)      ((unsigned)(c) - '0' < 10)
#define ISUPPER(c)      ((unsigned)(c) - 'A' < 26)
#define TOLOWER(c)      (ISUPPER(c) ? (c) - 'A' + 'a' : (c))
#define AC_DEPTH        8               /* pattern bytes in the automaton */
#define AC_SIFT         8               /* a group searched, not walked */
#define AC_OUTPUT       0x80000000u     /* a state that ends some prefix */
#define BADBYTE         0x80000000u     /* an invalid byte, kept as is */
#define MAX_EPOCH       253402300799LL  /* 9999-12-31T23:59:59Z */
#define MIN_EPOCH       (-62167219200LL) /* 0000-01-01T00:00:00Z */

enum status { Match = 0, NoMatch = 1, Error = 2 };

/* Records have at least these fields; %1 ... %9 reach the first nine. */
enum field {
	FieldDate, FieldTitle, FieldLink, FieldAbstract, FieldAuthors,
	FieldCategories, FieldPopularity, FieldLast = 9
};

/* How much a search must find: the first pattern that occurs, every
 * pattern once (for -a and %k), or every occurrence, counted for the
 * relevance score and placed for --color. */
enum depth { FindAny, FindEach, FindEvery };

enum sortkey { SortNone, SortRelevance, SortPopularity, SortDate };

/* Grapheme_Cluster_Break values (UAX #29), and Extended_Pictographic,
 * which no character of another value has. */
enum gcb {
	GcbOther, GcbCR, GcbLF, GcbControl, GcbExtend, GcbZWJ, GcbRI,
	GcbPrepend, GcbSpacingMark, GcbL, GcbV, GcbT, GcbLV, GcbLVT, GcbPict
};

/* What --escape makes of each directive's value. */
enum escape { EscapeNone, EscapeHtml, EscapeCsv };

/* What is written for a selected record; -q wins over -c, -c over the rest. */
enum output { OutFormat, OutJson, OutRaw, OutCount, OutQuiet };

/* arXiv's announce types, in its listings' order (absonly: the abstract
 * alone replaced); a record without an announce prefix is new. */
enum announce { TypeNew, TypeCross, TypeReplace, TypeReplaceCross,
	TypeAbsonly, TypeLast };

static const char *const type_names[TypeLast] = {
	"new", "cross", "replace", "replace-cross", "absonly",
};

/* --- types --- */

struct text {
	const char *p;
	size_t len;
};

/* A growable byte buffer. */
struct buf {
	char *p;
	size_t len, cap;
};

/* Byte offsets [start, end) of a match. */
struct span {
	size_t start, end;
};

struct spans {
	struct span *v;
	size_t n, cap;
};

/* A keyword after folding: lower case, each whitespace run one space. */
struct pattern {
	unsigned char *s;
	size_t len;
	const char *arg;        /* as given, for %k */
	int repeat;             /* an earlier pattern is the same, folded */
};

/* An Aho-Corasick automaton over the first bytes of each pattern (up to
 * AC_DEPTH, every spelling its case folding allows): one table step a text
 * byte whatever their number, and at the root a skip over windows that
 * start none (ac_skip).  A state with the output bit ends some prefixes,
 * the patterns spelled up to it forming its group; out[state] chains its
 * group and then those of its failure states.  Keywords that share their
 * first bytes ("graph neural ...") share a group, so one of AC_SIFT
 * patterns or more is sorted by folded bytes and searched (group_found); a
 * smaller one is walked, last pattern given first. */
struct automaton {
	uint32_t *next;         /* nstates * nclass */
	uint32_t *out;          /* per state: first group + 1, or 0 */
	struct acgroup {
		uint32_t first, n;      /* member[first .. first + n) */
		uint32_t len;           /* bytes spelled: the state's depth */
		uint32_t chain;         /* next group + 1, or 0 */
		uint32_t minlen, maxlen; /* of the patterns' folded bytes */
	} *groups;
	uint32_t *member;       /* pattern indexes, group by group */
	size_t nstates, nclass, capnext;
	size_t widest;          /* patterns in the largest sorted group */
	size_t longest;         /* the longest pattern in a sorted group */
	unsigned char *skip;    /* 256 * 256, by raw byte pair: see ac_skip */
	size_t window;
	unsigned char amap[256];        /* text byte to class */
};

/* Keywords compiled to be searched together, never changed by a search. */
struct matcher {
	struct pattern *pat;
	size_t n;
	int accents;            /* patterns and text without accents */
	struct automaton *ac;
	unsigned char cls[256]; /* byte class: folded ASCII, whitespace ' ' */
	int fold_case, word;
};

/* What one matcher found in the current record: which patterns occur (a
 * mark equal to the record's generation) and, for FindEvery, where, field
 * by field.  Selection, %k and --color read this; none searches again. */
struct found {
	unsigned *mark;
	unsigned gen;
	size_t nhit;
	size_t *hits;           /* the patterns found, in the order found */
	unsigned *tf;           /* FindEvery: per pattern, in title, abstract */
	unsigned char *norm;    /* the text as a group's patterns spell it */
	uint32_t *cand;         /* the group's patterns that text may start */
	struct spans at[FieldLast];
};

/* A compiled --format: literal text and directives. */
struct directive {
	char conv;              /* 0 for literal text */
	int left;
	long width, prec;       /* 0 and -1 when not given */
	size_t litoff, litlen;  /* literal text in format.lit */
};

/* A compiled --format, --header or --footer, with how its values are
 * shown, settled when it is compiled. */
struct format {
	struct directive *v;
	size_t n, cap;
	struct buf lit;
	int color;              /* highlight the matches in %t and %a */
	enum escape escape;
	size_t wrap;            /* --wrap's columns, 0 for none */
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
	unsigned long long duplicates, seen, cut, printed;
};

/* A field with its letters' accents taken off, for --ignore-accents, and
 * a pair of breaks at the start and at the end of each changed character. */
struct accented {
	struct text view;
	struct buf buf;
	struct spans breaks;    /* start: offset here; end: in the field */
};

/* A record's fields with their escapes decoded, each at most once and
 * only when asked for: the field itself when it has no backslash, else a
 * copy in that field's own reused buffer. */
struct decoded {
	struct text view[FieldLast];
	struct buf buf[FieldLast];
	unsigned done;          /* bit i: view[i] is set for this record */
	size_t prefix;          /* bytes of announce prefix in the abstract */
	struct accented acc[FieldLast];
	unsigned accdone;       /* bit i: acc[i] is set for this record */
	enum announce type;     /* both set once DONE_ANNOUNCE is */
};

#define DONE_ANNOUNCE (1u << FieldLast)

/* A record's date: the UTC instant, and whether it had one and a time. */
struct when {
	long long t;
	int dated, has_time;
};

/* One record: its line, fields split in place, date, decoded text and
 * what the searches found.  The filter reuses one for every line; a record
 * kept for --sort is loaded again from its copy, with what was found then. */
struct record {
	const char *line;
	size_t len;
	int had_cr;
	unsigned long long lineno;
	struct text f[FieldLast];
	struct when when;
	struct decoded d;
	struct found keywords, excludes, authors;
};

struct reader {
	FILE *in;
	char *buf;
	size_t cap, start, end;
	int eof;
};

/* Scratch space for rendering one record. */
struct render {
	struct buf line, field, esc;
	struct spans hl;        /* highlights, in the cleaned field */
	size_t *starts;         /* byte offsets where directives begin */
	size_t nstarts, capstarts;
};

/* Option values in command-line order. */
struct arglist {
	const char **v;
	size_t n, cap;
};

/* The command line, parsed and validated; read-only from then on. */
struct options {
	struct arglist keywords, excludes, authors, categories;
	struct arglist buffers;         /* list files' entries, as kept */
	int keyword_lists, author_lists; /* --keywords-from, --authors-from */
	int ignore_accents;
	char *marks_only;               /* why an entry of only marks fails */
	unsigned types;                 /* bit per enum announce; 0: all */
	int all, case_sensitive, word, title_only;
	int raw, count, quiet, unique, strict, stats, require_input;
	int color;                      /* -1 auto until validated */
	int version;
	long long since, until;         /* inclusive; LLONG_MIN/MAX: unset */
	long long max_count;            /* -1: no -m */
	enum sortkey sort;
	long long top;                  /* 0: no --top */
	const char *format;
	const char *header, *footer;
	enum escape escape;
	int json;
	long long wrap;                 /* 0: off */
	const char *seen_path;
	long long seen_days;
	long long lock_wait;            /* seconds */
	const char *pipe_cmd;
	long long today;                /* day number */
};

/* What the options compile into before the first record is read: all
 * that the filter reads of them. */
struct query {
	struct matcher keywords, excludes, authors;
	const struct arglist *categories;
	unsigned types;                 /* bit per enum announce; 0: all */
	int all, title_only;
	int matches_nothing;            /* a list file left a set empty */
	int windowed;                   /* --since or --until given */
	long long since, until;
	enum depth depth;               /* how far the keyword search goes */
	enum output output;
	struct format fmt;
	struct format header, footer;   /* directives: %n and %d */
	int headed, footed;             /* --header, --footer given */
	int hold;                       /* the header counts: hold the output */
	enum sortkey sort;
	unsigned long long top;         /* 0: no --top */
	int limited;                    /* -m given */
	unsigned long long max_count;
	int keyed;                      /* -u or --seen: papers have keys */
	long long today;
};

/* A selected record kept for --sort or --top: a copy of its line, what
 * its keyword search found, and what it ranks by. */
struct ranked {
	struct buf line, found;
	int had_cr, valued;
	double value;
	unsigned long long seq;
	struct when when;
};

/* The records kept so far: all of them, or with --top and no paper keys
 * the best top ones in a heap whose root is the worst. */
struct ranking {
	struct ranked *v;
	size_t n, cap;
};

/* Everything that changes while the filter runs. */
struct run {
	struct stats st;
	struct keyset keys;             /* -u and --seen */
	struct keyset taken;            /* papers -m counted under --sort */
	struct record rec;              /* the one being read */
	struct ranking rank;
	unsigned long long selected;    /* what -m counts */
	struct render rd;
	struct buf out, key, keytmp;
	struct buf held;                /* the output, while a header waits */
};

static const char *argv0 = "papers";
static const char *default_format = "%d  %t  %l";

static uint32_t accent_base(uint32_t);
static int char_width(uint32_t);
static uint32_t fold(uint32_t);
static enum gcb gcb_of(uint32_t);
static size_t arxiv_id_len(const char *, size_t, size_t *);
static int parse_word(const char *, const char *, size_t,
    const char *const *, size_t);

/* --- utilities --- */

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

/* Out of memory papers stops, exit 2, as sfeed and sbase do.  Its memory
 * is taken before --pipe runs and the --seen FILE is rewritten (a line's
 * buffer aside), so a run that fails hands nothing over. */
static void
nomem(void)
{
	warnx("out of memory");
	exit(Error);
}

static void *
xrealloc(void *p, size_t n, size_t size)
{
	if ((size && n > SIZE_MAX / size) ||
	    !(p = realloc(p, n && size ? n * size : 1)))
		nomem();
	return p;
}

static void *
xcalloc(size_t n, size_t size)
{
	return memset(xrealloc(NULL, n, size), 0, n * size);
}

/* p with room for at least need elements of size bytes, doubling from 16. */
static void *
grow(void *p, size_t *cap, size_t need, size_t size)
{
	size_t ncap = *cap ? *cap : 16;

	if (need <= *cap)
		return p;
	while (ncap < need)
		ncap = ncap > SIZE_MAX / 2 ? need : ncap * 2;
	*cap = ncap;
	return xrealloc(p, ncap, size);
}

static void
buf_add(struct buf *b, const void *s, size_t n)
{
	if (n == 0)
		return;
	b->p = grow(b->p, &b->cap, b->len + n, 1);
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

static void
buf_addc(struct buf *b, int c)
{
	if (b->len == b->cap)
		b->p = grow(b->p, &b->cap, b->len + 1, 1);
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

static void
spans_add(struct spans *sp, size_t start, size_t end)
{
	sp->v = grow(sp->v, &sp->cap, sp->n + 1, sizeof(*sp->v));
	sp->v[sp->n].start = start;
	sp->v[sp->n++].end = end;
}

static int
span_cmp(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* Sorts spans by start (those that start together merge in any order)
 * and merges overlapping ones: starts and ends both ascend. */
static void
spans_merge(struct spans *sp)
{
	size_t i, k = 0;

	if (sp->n < 2)
		return;
	qsort(sp->v, sp->n, sizeof(*sp->v), span_cmp);
	for (i = 1; i < sp->n; i++)
		if (sp->v[i].start > sp->v[k].end)
			sp->v[++k] = sp->v[i];
		else if (sp->v[i].end > sp->v[k].end)
			sp->v[k].end = sp->v[i].end;
	sp->n = k + 1;
}

static int
is_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* A byte-order mark at the start of any line, where a second file was
 * concatenated to the first, is no data. */
static size_t
bom_len(const char *s, size_t n)
{
	return n >= 3 && !memcmp(s, "\xef\xbb\xbf", 3) ? 3 : 0;
}

static size_t
hash_bytes(const char *s, size_t n)
{
	size_t h = 14695981039346656037ULL & SIZE_MAX;

	while (n--)
		h = (h ^ (unsigned char)*s++) * (1099511628211ULL & SIZE_MAX);
	return h;
}

/* The slot that holds s in a set of strings by hash, else the free one
 * where s would go; a set's users add only what they did not find. */
static size_t *
keyset_at(const struct keyset *ks, const char *s, size_t n)
{
	size_t i, k;

	for (i = hash_bytes(s, n) & (ks->nslot - 1); (k = ks->slot[i]);
	    i = (i + 1) & (ks->nslot - 1))
		if (ks->keys[k - 1].len == n &&
		    !memcmp(ks->keys[k - 1].s, s, n))
			break;
	return &ks->slot[i];
}

static struct key *
keyset_find(const struct keyset *ks, const char *s, size_t n)
{
	size_t k = ks->nslot ? *keyset_at(ks, s, n) : 0;

	return k ? &ks->keys[k - 1] : NULL;
}

/* Adds s, which must not be in the set: every caller has looked first. */
static void
keyset_add(struct keyset *ks, const char *s, size_t n, long long day,
    int fresh)
{
	struct key *k;
	size_t i;

	ks->keys = grow(ks->keys, &ks->cap, ks->n + 1, sizeof(*ks->keys));
	k = &ks->keys[ks->n++];
	k->s = xcalloc(n + 1, 1);
	if (n)
		memcpy(k->s, s, n);
	k->len = n;
	k->day = day;
	k->fresh = fresh;
	/* A set that would be half full doubles its hash table. */
	if (ks->n * 2 > ks->nslot) {
		free(ks->slot);
		ks->nslot = ks->nslot ? ks->nslot * 2 : 64;
		ks->slot = xcalloc(ks->nslot, sizeof(*ks->slot));
		for (i = 0; i + 1 < ks->n; i++)
			*keyset_at(ks, ks->keys[i].s, ks->keys[i].len) = i + 1;
	}
	*keyset_at(ks, k->s, k->len) = ks->n;
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

/* --- UTF-8, folding, widths --- */

/* Decodes one character; an invalid sequence yields BADBYTE | its first
 * byte and the length of its longest valid-looking prefix (at least 1), the
 * "maximal subpart" rule of Unicode chapter 3, which Python also follows. */
static size_t
utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	uint32_t c = s[0];
	size_t len, i;
	unsigned char lo, hi;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	len = c < 0xc2 ? 0 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : c < 0xf5 ? 4 : 0;
	if (len == 0) {
		*cp = BADBYTE | c;
		return 1;
	}
	c &= 0x7fu >> len;
	/* No overlong forms, surrogates or characters past U+10FFFF. */
	lo = s[0] == 0xe0 ? 0xa0 : s[0] == 0xf0 ? 0x90 : 0x80;
	hi = s[0] == 0xed ? 0x9f : s[0] == 0xf4 ? 0x8f : 0xbf;
	for (i = 1; i < len; i++, lo = 0x80, hi = 0xbf) {
		if (i >= n || s[i] < lo || s[i] > hi) {
			*cp = BADBYTE | s[0];
			return i;
		}
		c = (c << 6) | (s[i] & 0x3f);
	}
	*cp = c;
	return len;
}

static size_t
utf8_encode(uint32_t c, char *out)
{
	size_t len = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4, i;

	for (i = len - 1; i > 0; i--, c >>= 6)
		out[i] = (char)(0x80 | (c & 0x3f));
	/* The lead byte's marker: none, 110, 1110 or 11110. */
	out[0] = (char)((0xf0e0c000u >> 8 * (len - 1) & 0xff) | c);
	return len;
}

/* Letters, digits and underscore; beyond ASCII, the letters of the folded
 * blocks (Latin, Greek, Cyrillic), which is where -w matters in practice. */
static int
is_word(uint32_t c)
{
	if (c < 0x80)
		return ISDIGIT(c) || ISUPPER(c) || c - 'a' < 26 || c == '_';
	return (c >= 0xc0 && c <= 0x052f && c != 0xd7 && c != 0xf7) ||
	    c == 0xaa || c == 0xb5 || c == 0xba;
}

/* Bidirectional embeddings, overrides and isolates can reorder what a
 * terminal shows, so formatted output leaves them out like controls. */
static int
is_bidi_control(uint32_t c)
{
	return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/* The character that ends just before t + i, for -w. */
static uint32_t
char_before(const unsigned char *t, size_t i)
{
	size_t j;
	uint32_t c;

	if (i == 0)
		return ' ';
	for (j = i - 1; j > 0 && i - j < 4 && (t[j] & 0xc0) == 0x80; j--)
		;
	if (utf8_decode(t + j, i - j, &c) != i - j)
		return BADBYTE | t[i - 1];
	return c;
}

/* Do characters with break values prev and next share an extended grapheme
 * cluster (UAX #29, GB3 to GB13)?  ri: regional indicators in a row before
 * next; zwj_pict: an Extended_Pictographic, Extends and a ZWJ just before. */
static int
joins(enum gcb prev, enum gcb next, size_t ri, int zwj_pict)
{
	if (prev == GcbCR && next == GcbLF)
		return 1;
	if (prev == GcbCR || prev == GcbLF || prev == GcbControl ||
	    next == GcbCR || next == GcbLF || next == GcbControl)
		return 0;
	return (prev == GcbL && (next == GcbL || next == GcbV ||
	    next == GcbLV || next == GcbLVT)) ||
	    ((prev == GcbLV || prev == GcbV) &&
	    (next == GcbV || next == GcbT)) ||
	    ((prev == GcbLVT || prev == GcbT) && next == GcbT) ||
	    next == GcbExtend || next == GcbZWJ || next == GcbSpacingMark ||
	    prev == GcbPrepend || (next == GcbPict && zwj_pict) ||
	    (prev == GcbRI && next == GcbRI && ri % 2 == 1);
}

/* The end of the extended grapheme cluster that starts at s[i], and in
 * *width its display columns: its widest character's, but 2 for an emoji
 * made so by VS16 (U+FE0F) and for a pair of regional indicators (a
 * flag).  A ZWJ sequence takes the width of its first emoji. */
static size_t
grapheme_end(const unsigned char *s, size_t n, size_t i, int *width)
{
	enum gcb prev, next;
	size_t len, ri;
	uint32_t c;
	int w, pict, zwj_pict = 0;

	len = utf8_decode(s + i, n - i, &c);
	prev = gcb_of(c);
	*width = char_width(c);
	ri = prev == GcbRI;
	pict = prev == GcbPict;
	for (i += len; i < n; i += len, prev = next) {
		if (s[i] < 0x80 && s[i] >= 0x20 && prev < GcbPrepend &&
		    prev != GcbZWJ && prev != GcbRI)
			break;          /* the usual case: ASCII after a base */
		len = utf8_decode(s + i, n - i, &c);
		next = gcb_of(c);
		if (!joins(prev, next, ri, zwj_pict))
			break;
		if ((next == GcbRI && ++ri == 2) || c == 0xfe0f)
			*width = 2;
		else if ((w = char_width(c)) > *width && !zwj_pict)
			*width = w;
		zwj_pict = pict && next == GcbZWJ;
		pict = (pict && next == GcbExtend) || next == GcbPict;
	}
	return i;
}

/* Display width of valid UTF-8 text that may hold our own SGR sequences. */
static size_t
text_width(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t w = 0, i = 0;
	int cw;

	while (i < n) {
		if (p[i] == 0x1b) {
			while (i < n && p[i++] != 'm')
				;
			continue;
		}
		if (p[i] >= 0x20 && p[i] < 0x7f && (i + 1 == n ||
		    p[i + 1] < 0x80)) {
			w++;
			i++;
			continue;
		}
		i = grapheme_end(p, n, i, &cw);
		w += (size_t)cw;
	}
	return w;
}

/* Byte length of the longest prefix of s that fits in cols columns and
 * ends between two grapheme clusters. */
static size_t
fit_prefix(const char *s, size_t n, size_t cols)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, w = 0, end;
	int cw;

	while (i < n) {
		end = grapheme_end(p, n, i, &cw);
		if (w + (size_t)cw > cols)
			break;
		w += (size_t)cw;
		i = end;
	}
	return i;
}

/* Display width for --wrap: with entities, an HTML character reference
 * such as "&amp;" shows as one column. */
static size_t
wrap_width(const char *s, size_t n, int entities)
{
	size_t w = 0, i, k;

	if (!entities)
		return text_width(s, n);
	for (i = 0; i < n; i = k) {
		for (k = i; k < n && s[k] != '&'; k++)
			;
		w += text_width(s + i, k - i);
		if (k == n)
			break;
		for (i = k + 1; i < n && i - k < 10 && (s[i] == '#' ||
		    (s[i] >= 'a' && s[i] <= 'z') || ISDIGIT(s[i])); i++)
			;
		w++;
		k = i < n && s[i] == ';' && i > k + 1 ? i + 1 : k + 1;
	}
	return w;
}


/* --- escapes and cleaning --- */

/* Decodes the field escapes \\ \n \t \r into b; anything else stays. */
static void
decode_escapes(struct buf *b, const char *s, size_t n)
{
	static const char esc[] = "\\ntr", dec[] = "\\\n\t\r";
	const char *end = s + n, *bs, *e;

	while ((bs = memchr(s, '\\', (size_t)(end - s)))) {
		buf_add(b, s, (size_t)(bs - s));
		s = bs + 1;
		e = s < end && *s ? strchr(esc, *s) : NULL;
		buf_addc(b, e ? dec[e - esc] : '\\');
		s += e != NULL;
	}
	buf_add(b, s, (size_t)(end - s));
}

/* Skips whitespace in raw field text from i on, escaped \n \t \r too. */
static size_t
skip_blanks(const char *s, size_t n, size_t i)
{
	for (;;)
		if (i < n && is_space((unsigned char)s[i]))
			i++;
		else if (i + 1 < n && s[i] == '\\' && strchr("ntr", s[i + 1]))
			i += 2;
		else
			return i;
}

/* The announce prefix that starts an arXiv RSS abstract, "arXiv:ID[vN]
 * Announce Type: TYPE", whitespace, "Abstract:", whitespace: metadata, not
 * text, read from the raw field so that asking for the type decodes nothing.
 * Returns its raw length and sets *type; 0 for none or an unknown TYPE. */
static size_t
announce_prefix(const char *s, size_t n, enum announce *type)
{
	static const char mid[] = " Announce Type: ", tail[] = "Abstract:";
	size_t i, k, len, sub;
	int t;

	if (n < 6 || memcmp(s, "arXiv:", 6) || !(len = arxiv_id_len(s + 6,
	    n - 6, &sub)))
		return 0;
	i = 6 + len;
	if (i < n && s[i] == 'v')
		for (i++; i < n && ISDIGIT(s[i]); i++)
			;
	if (n - i < sizeof(mid) - 1 || memcmp(s + i, mid, sizeof(mid) - 1))
		return 0;
	i += sizeof(mid) - 1;
	for (k = i; k < n && ((s[k] >= 'a' && s[k] <= 'z') || s[k] == '-'); k++)
		;
	if ((t = parse_word(NULL, s + i, k - i, type_names, TypeLast)) < 0)
		return 0;
	if ((i = skip_blanks(s, n, k)) == k || n - i < sizeof(tail) - 1 ||
	    memcmp(s + i, tail, sizeof(tail) - 1))
		return 0;
	*type = (enum announce)t;
	return skip_blanks(s, n, i + sizeof(tail) - 1);
}

/* The record's announce type (and where its abstract's text begins). */
static enum announce
record_type(struct decoded *d, const struct text *f)
{
	if (!(d->done & DONE_ANNOUNCE)) {
		d->type = TypeNew;
		d->prefix = announce_prefix(f[FieldAbstract].p,
		    f[FieldAbstract].len, &d->type);
		d->done |= DONE_ANNOUNCE;
	}
	return d->type;
}

/* Field i of the record f with its escapes decoded, the abstract without
 * its announce prefix; see struct decoded. */
static const struct text *
decoded_field(struct decoded *d, const struct text *f, size_t i)
{
	struct text raw = f[i];

	if (!(d->done & 1u << i)) {
		if (i == FieldAbstract) {
			record_type(d, f);
			raw.p += d->prefix;
			raw.len -= d->prefix;
		}
		d->view[i] = raw;
		if (raw.len && memchr(raw.p, '\\', raw.len)) {
			d->buf[i].len = 0;
			decode_escapes(&d->buf[i], raw.p, raw.len);
			d->view[i].p = d->buf[i].p;
			d->view[i].len = d->buf[i].len;
		}
		d->done |= 1u << i;
	}
	return &d->view[i];
}

static void
decoded_free(struct decoded *d)
{
	size_t i;

	for (i = 0; i < FieldLast; i++) {
		buf_free(&d->buf[i]);
		buf_free(&d->acc[i].buf);
		free(d->acc[i].breaks.v);
	}
}

/* Match spans in a field's source text and, as put_clean writes the
 * cleaned text, the same spans in it.  The source spans are sorted and
 * disjoint, so their starts and ends each ascend: two cursors, one pass. */
struct spanmap {
	const struct span *src;
	struct span *dst;
	size_t n, ends, starts;
};

static void
map_ends(struct spanmap *m, size_t at, size_t out)
{
	while (m->ends < m->n && m->src[m->ends].end <= at)
		m->dst[m->ends++].end = out;
}

static void
map_starts(struct spanmap *m, size_t at, size_t out)
{
	while (m->starts < m->n && m->src[m->starts].start <= at)
		m->dst[m->starts++].start = out;
}

/* Appends text for people: valid UTF-8 only (U+FFFD for what is not), no
 * control characters, whitespace runs as one space, ends trimmed.  Escapes
 * must already be decoded.  fold_case also folds letters (the key of a
 * paper with only a title); a map carries match spans over. */
static void
put_clean(struct buf *b, const char *s, size_t n, int fold_case,
    struct spanmap *map)
{
	const unsigned char *p = (const unsigned char *)s, *end, *at;
	int pending_space = 0;
	uint32_t c;
	size_t base = b->len;
	char enc[4];

	if (n == 0)
		goto done;
	for (end = p + n; p < end; ) {
		at = p;
		if (*p < 0x80)
			c = *p++;
		else
			p += utf8_decode(p, (size_t)(end - p), &c);
		if (c & BADBYTE)
			c = 0xfffd;
		if ((c < 0x80 && is_space((unsigned char)c)) || c == 0x85 ||
		    c == 0x2028 || c == 0x2029) {
			pending_space = b->len > base;
			continue;
		}
		if (c < 0x20 || (c >= 0x7f && c < 0xa0) || is_bidi_control(c))
			continue;
		/* Unchanged, a printable run is copied at once. */
		while (c < 0x80 && !fold_case && !map && p < end && *p > ' ' &&
		    *p < 0x7f)
			p++;
		if (map)
			map_ends(map, (size_t)(at - (const unsigned char *)s),
			    b->len);
		if (pending_space)
			buf_addc(b, ' ');
		pending_space = 0;
		if (map)
			map_starts(map, (size_t)(at - (const unsigned char *)s),
			    b->len);
		if (fold_case)
			c = fold(c);
		if (c >= 0x80)
			buf_add(b, enc, utf8_encode(c, enc));
		else if (p == at + 1)
			buf_addc(b, (int)c);
		else
			buf_add(b, at, (size_t)(p - at));
	}
done:
	if (map) {
		map_ends(map, SIZE_MAX, b->len);
		map_starts(map, SIZE_MAX, b->len);
	}
}

/* Appends s as a message quotes it: as it is, blanks and all, so that what
 * was wrong can be seen, but with \xHH for each byte of a control character
 * or of invalid UTF-8, which a terminal must not get; then a NUL. */
static void
put_visible(struct buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s;
	size_t i, k, len;
	uint32_t c;

	for (i = 0; i < n; i += len) {
		len = utf8_decode(p + i, n - i, &c);
		if ((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && !(c & BADBYTE) &&
		    !is_bidi_control(c) && c != 0x2028 && c != 0x2029))
			buf_add(b, p + i, len);
		else
			for (k = i; k < i + len; k++) {
				buf_adds(b, "\\x");
				buf_addc(b, hex[p[k] >> 4]);
				buf_addc(b, hex[p[k] & 15]);
			}
	}
	buf_addc(b, '\0');
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
civil_from_days(long long z, long long ymd[3])
{
	long long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	ymd[2] = doy - (153 * mp + 2) / 5 + 1;
	ymd[1] = mp < 10 ? mp + 3 : mp - 9;
	ymd[0] = yoe + era * 400 + (ymd[1] <= 2);
}

/* The day number of an instant, rounding towards the past. */
static long long
day_of(long long when)
{
	return when >= 0 ? when / 86400 : (when - 86399) / 86400;
}

/* Reads exactly n digits as a number in [lo, hi]; -1 if not. */
static int
digits(const char *s, size_t len, size_t n, int lo, int hi)
{
	int v = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (i >= len || !ISDIGIT(s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v >= lo && v <= hi ? v : -1;
}

/* Reads the "hh:mm[:ss[.frac]][offset]" after a date's T into seconds
 * since its midnight, UTC (fractions dropped); -1 if not exactly that. */
static int
parse_time(const char *s, size_t n, long long *secs)
{
	int h, mi, sec = 0, oh, om, sign;
	size_t i = 5;

	if ((h = digits(s, n, 2, 0, 23)) < 0 || n < 5 || s[2] != ':' ||
	    (mi = digits(s + 3, n - 3, 2, 0, 59)) < 0)
		return -1;
	if (i < n && s[i] == ':') {
		/* 60 is a leap second: like timegm, read as the next one. */
		if ((sec = digits(s + i + 1, n - i - 1, 2, 0, 60)) < 0)
			return -1;
		i += 3;
		if (i < n && s[i] == '.') {
			if (++i >= n || !ISDIGIT(s[i]))
				return -1;
			while (i < n && ISDIGIT(s[i]))
				i++;
		}
	}
	*secs = h * 3600 + mi * 60 + sec;
	if (i < n && (s[i] == 'Z' || s[i] == 'z')) {
		i++;
	} else if (i < n && (s[i] == '+' || s[i] == '-')) {
		sign = s[i] == '-' ? -1 : 1;
		oh = digits(s + i + 1, n - i - 1, 2, 0, 23);
		i += i + 3 < n && s[i + 3] == ':' ? 4 : 3;
		if (oh < 0 || (om = digits(s + i, n - i, 2, 0, 59)) < 0)
			return -1;
		i += 2;
		*secs -= sign * (oh * 3600 + om * 60);
	}
	return i == n ? 0 : -1;
}

/* Spells ISO 8601's basic format, YYYYMMDD or YYYYMMDDThhmm[ss][offset]
 * (offset Z, +hhmm or -hhmm), in ext as the extended one, hhmm[ss] as
 * hh:mm[:ss]; returns its length, 0 if s is not shaped so. */
static size_t
basic_to_extended(const char *s, size_t n, char *ext)
{
	size_t i, k = 0;

	if (n < 8 || n > 20 || !ISDIGIT(s[4]) ||
	    (n > 8 && s[8] != 'T' && s[8] != 't'))
		return 0;
	for (i = 0; i < n && i < 15 && (i < 9 || ISDIGIT(s[i])); i++) {
		if (i == 4 || i == 6)
			ext[k++] = '-';
		else if (i == 11 || i == 13)
			ext[k++] = ':';
		ext[k++] = i == 8 ? 'T' : s[i];
	}
	if (i != 8 && i != 13 && i != 15)
		return 0;
	memcpy(ext + k, s + i, n - i);
	return k + n - i;
}

/* Parses a record date: YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss[.frac]][offset]
 * (a space may stand for the T), ISO 8601's basic YYYYMMDD[Thhmm[ss]
 * [offset]], or epoch seconds: all digits that are not a basic date.
 * Returns 0 and the UTC instant and whether a time was given, or -1; an
 * instant outside the years 0000 to 9999 (UTC) is invalid. */
static int
parse_date(const char *s, size_t n, long long *when, int *has_time)
{
	char ext[32];
	size_t k;
	long long secs = 0, t = 0, z, ymd[3];
	int y, mo, d;

	/* ext, being extended, is not basic again. */
	if ((k = basic_to_extended(s, n, ext)) &&
	    parse_date(ext, k, when, has_time) == 0)
		return 0;
	for (k = 0; k < n && k <= 12 && ISDIGIT(s[k]); k++)
		t = t * 10 + (s[k] - '0');
	if (k == n && n > 0 && n <= 12 && t <= MAX_EPOCH) {
		*when = t;
		*has_time = 1;
		return 0;
	}
	if ((y = digits(s, n, 4, 0, 9999)) < 0 || n < 10 || s[4] != '-' ||
	    (mo = digits(s + 5, n - 5, 2, 1, 12)) < 0 || s[7] != '-' ||
	    (d = digits(s + 8, n - 8, 2, 1, 31)) < 0)
		return -1;
	/* A day past the end of its month comes back in the next one. */
	z = days_from_civil(y, mo, d);
	civil_from_days(z, ymd);
	if (ymd[2] != d)
		return -1;
	*has_time = n > 10;
	if (n > 10 && ((s[10] != 'T' && s[10] != 't' && s[10] != ' ') ||
	    parse_time(s + 11, n - 11, &secs) < 0))
		return -1;
	*when = z * 86400 + secs;
	return *when < MIN_EPOCH || *when > MAX_EPOCH ? -1 : 0;
}

/* Today's UTC day number; PAPERS_TODAY=YYYY-MM-DD sets it for tests.
 * -1 (and a message) when PAPERS_TODAY is not a date. */
static int
today_days(long long *today)
{
	const char *env = getenv("PAPERS_TODAY");
	struct buf quoted = { 0 };
	long long when;
	int has_time;

	if (env && *env && parse_date(env, strlen(env), &when, &has_time) < 0) {
		put_visible(&quoted, env, strlen(env));
		warnx("PAPERS_TODAY: invalid date '%s'", quoted.p);
		buf_free(&quoted);
		return -1;
	}
	*today = env && *env ? day_of(when) : (long long)time(NULL) / 86400;
	return 0;
}

/* Parses a --since/--until value; a calendar DATE covers its whole day. */
static int
parse_bound(const char *s, int upper, long long today, long long *out)
{
	long long when;
	int has_time = 0;
	size_t len = strlen(s);

	if (strcmp(s, "today") == 0 || strcmp(s, "yesterday") == 0) {
		when = (today - (s[0] == 'y')) * 86400;
	} else if (len >= 2 && len <= 8 && s[len - 1] == 'd' &&
	    strspn(s, "0123456789") == len - 1) {
		when = (today - strtoll(s, NULL, 10)) * 86400;
	} else if (s[0] == '@') {
		if (strspn(s + 1, "0123456789") != len - 1 ||
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
	long long z = day_of(when), secs = when - z * 86400, v[6];
	int i;

	civil_from_days(z, v);
	v[3] = secs / 3600;
	v[4] = secs / 60 % 60;
	v[5] = secs % 60;
	for (i = 0; i < (with_time ? 6 : 3); i++) {
		put_digits(b, v[i], i ? 2 : 4);
		/* What follows each field: YYYY-MM-DDTHH:MM:SSZ. */
		if (i < 2 || with_time)
			buf_addc(b, "--T::Z"[i]);
	}
}

/* --- accents (--ignore-accents) --- */

/* Letters with no decomposition that people still read as a base letter
 * with a mark, or as two letters. */
static const struct { uint16_t c; char base[3]; } accent_extras[] = {
	{ 0x00c6, "AE" }, { 0x00d0, "D" }, { 0x00d8, "O" }, { 0x00df, "ss" },
	{ 0x00e6, "ae" }, { 0x00f0, "d" }, { 0x00f8, "o" }, { 0x0110, "D" },
	{ 0x0111, "d" }, { 0x0126, "H" }, { 0x0127, "h" }, { 0x0131, "i" },
	{ 0x0141, "L" }, { 0x0142, "l" }, { 0x0152, "OE" }, { 0x0153, "oe" },
	{ 0x0166, "T" }, { 0x0167, "t" }, { 0x1e9e, "SS" },
};

/* Combining marks that --ignore-accents drops: the combining blocks. */
static int
is_accent_mark(uint32_t c)
{
	return (c >= 0x0300 && c <= 0x036f) || (c >= 0x1ab0 && c <= 0x1aff) ||
	    (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) ||
	    (c >= 0xfe20 && c <= 0xfe2f);
}

/* Appends c without its accents: its base letter by the accents table,
 * two letters for ß, æ, œ, nothing for a combining mark, else c itself. */
static void
put_unaccented(struct buf *b, uint32_t c)
{
	char enc[4];
	size_t i;

	if (is_accent_mark(c))
		return;
	for (i = 0; i < LEN(accent_extras); i++)
		if (accent_extras[i].c == c) {
			buf_adds(b, accent_extras[i].base);
			return;
		}
	buf_add(b, enc, utf8_encode(accent_base(c), enc));
}

/* The length of the ASCII bytes that start p, eight at a time. */
static size_t
ascii_run(const unsigned char *p, size_t n)
{
	uint64_t w;
	size_t k = 0;

	for (; k + 8 <= n; k += 8) {
		memcpy(&w, p + k, 8);
		if (w & 0x8080808080808080ULL)
			break;
	}
	while (k < n && p[k] < 0x80)
		k++;
	return k;
}

/* Field i of the record without accents (see struct accented); the
 * decoded field itself when it is all ASCII. */
static const struct text *
accented_field(struct decoded *d, const struct text *f, size_t i)
{
	const struct text *t = decoded_field(d, f, i);
	struct accented *a = &d->acc[i];
	const unsigned char *p = (const unsigned char *)t->p;
	size_t k, len;
	uint32_t c;

	if (d->accdone & 1u << i)
		return &a->view;
	d->accdone |= 1u << i;
	a->view = *t;
	a->breaks.n = 0;
	if ((k = ascii_run(p, t->len)) == t->len)
		return &a->view;
	a->buf.len = 0;
	buf_add(&a->buf, t->p, k);
	while (k < t->len) {
		len = utf8_decode(p + k, t->len - k, &c);
		spans_add(&a->breaks, a->buf.len, k);
		if (c & BADBYTE)
			buf_add(&a->buf, p + k, len);
		else
			put_unaccented(&a->buf, c);
		k += len;
		spans_add(&a->breaks, a->buf.len, k);
		len = ascii_run(p + k, t->len - k);
		buf_add(&a->buf, p + k, len);
		k += len;
	}
	a->view.p = a->buf.p;
	a->view.len = a->buf.len;
	return &a->view;
}

/* Where offset o of an accent-free field is in the decoded field: inside
 * a changed character, its end. */
static size_t
unaccented_offset(const struct accented *a, size_t o)
{
	size_t lo = 0, hi = a->breaks.n, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (a->breaks.v[mid].start <= o)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return o;
	lo--;
	if (lo % 2 == 0 && o > a->breaks.v[lo].start)
		return a->breaks.v[lo + 1].end;
	return a->breaks.v[lo].end + (o - a->breaks.v[lo].start);
}

/* --- matching --- */

/* Folds a keyword once, before the first record, so that matching folds
 * only the text: lower case unless fold_case is off, each whitespace run
 * one space. */
static void
pattern_fold(struct pattern *pt, int fold_case, int accents)
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
			/* Marks dropped between two runs leave one space. */
			if (!b.len || b.p[b.len - 1] != ' ')
				buf_addc(&b, ' ');
			continue;
		}
		len = utf8_decode(p, (size_t)(end - p), &c);
		if (c & BADBYTE) {
			buf_addc(&b, *p++);
			continue;
		}
		if (fold_case)
			c = fold(c);
		p += len;
		if (!accents) {
			buf_add(&b, enc, utf8_encode(c, enc));
			continue;
		}
		len = b.len;
		put_unaccented(&b, c);
		/* ß is "ss" and Æ "AE": fold the base letters it brought. */
		for (; fold_case && len < b.len; len++)
			if (b.p[len] >= 'A' && b.p[len] <= 'Z')
				b.p[len] += 32;
	}
	pt->s = (unsigned char *)b.p;
	pt->len = b.len;
}

/* The ways a text may spell the start of a pattern, as byte strings, and
 * the trie states they end in (0, the root, for an empty one). */
struct spellings {
	unsigned char b[8][AC_DEPTH + 4];
	size_t len[8], n;
	uint32_t state[8];
};

/* The characters that fold to c, c first, which a text may hold where a
 * folded pattern holds c (only c for an invalid byte); inv: see
 * matcher_compile_ac. */
static size_t
case_variants(uint32_t c, const uint32_t *inv, size_t ninv, uint32_t *out)
{
	size_t n = 1, lo = 0, hi = ninv, mid;

	out[0] = c;
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (inv[mid] >> 16 < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < ninv && inv[lo] >> 16 == c && n < 4; lo++)
		out[n++] = inv[lo] & 0xffff;
	return n;
}

static int
u32_cmp(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

/* The spellings of the first bytes of a folded pattern, up to and with
 * its first space, at most AC_DEPTH bytes (a little more to finish a
 * character) and at most eight spellings. */
static void
pattern_spellings(const struct pattern *pt, const uint32_t *inv,
    size_t ninv, struct spellings *sp)
{
	uint32_t c, var[4];
	size_t pos = 0, kl, nvar, i, j, to, el;
	unsigned char enc[4];

	sp->n = 1;
	sp->len[0] = 0;
	while (pos < pt->len && sp->len[0] < AC_DEPTH) {
		if (pt->s[pos] < 0x80) {
			for (i = 0; i < sp->n; i++)
				sp->b[i][sp->len[i]++] = pt->s[pos];
			if (pt->s[pos++] == ' ')
				return;
			continue;
		}
		kl = utf8_decode(pt->s + pos, pt->len - pos, &c);
		if (c & BADBYTE)
			kl = 1;
		nvar = case_variants(c, inv, ninv, var);
		if (sp->n * nvar > 8)
			return;
		/* Variant j goes to copies n * j on; j = 0 extends the
		 * originals, last. */
		for (j = nvar; j-- > 0; )
			for (i = 0; i < sp->n; i++) {
				to = sp->n * j + i;
				el = j ? utf8_encode(var[j], (char *)enc) : kl;
				memmove(sp->b[to], sp->b[i], sp->len[i]);
				memcpy(sp->b[to] + sp->len[i],
				    j ? enc : pt->s + pos, el);
				sp->len[to] = sp->len[i] + el;
			}
		sp->n *= nvar;
		pos += kl;
	}
}

/* Adds a state to the automaton under construction. */
static uint32_t
ac_state(struct automaton *ac)
{
	/* A row offset past AC_OUTPUT would read as an output. */
	if ((ac->nstates + 1) * ac->nclass >= AC_OUTPUT)
		nomem();
	ac->next = grow(ac->next, &ac->capnext, (ac->nstates + 1) *
	    ac->nclass, sizeof(*ac->next));
	memset(ac->next + ac->nstates * ac->nclass, 0, ac->nclass *
	    sizeof(*ac->next));
	return (uint32_t)ac->nstates++;
}

/* Inserts a spelling into the trie; returns the state it ends in. */
static uint32_t
ac_insert(struct automaton *ac, const unsigned char *b, size_t len)
{
	uint32_t s = 0, u;
	size_t i;

	for (i = 0; i < len; i++) {
		if (!(u = ac->next[s * ac->nclass + ac->amap[b[i]]])) {
			u = ac_state(ac);
			ac->next[s * ac->nclass + ac->amap[b[i]]] = u;
		}
		s = u;
	}
	return s;
}

/* Patterns in byte order, a prefix first; equal ones (a keyword given
 * twice) by index. */
static int
pattern_cmp(const void *a, const void *b)
{
	const struct pattern *x = *(const struct pattern *const *)a;
	const struct pattern *y = *(const struct pattern *const *)b;
	int c = memcmp(x->s, y->s, x->len < y->len ? x->len : y->len);

	if (c)
		return c;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return x < y ? -1 : x > y;
}

/* Gathers the spellings that end in each state into that state's group,
 * sorted by the patterns' folded bytes; out[] points to each state's own
 * group until ac_link chains them. */
static void
ac_group(struct matcher *m, const struct spellings *sp)
{
	struct automaton *ac = m->ac;
	struct acgroup *g;
	const struct pattern **tmp = NULL;
	size_t i, j, e, s, ng = 0, pos = 0, len, cap = 0;

	ac->out = xcalloc(ac->nstates, sizeof(*ac->out));
	/* out[] counts each state's spellings first. */
	for (i = 0; i < m->n; i++)
		for (j = 0; j < sp[i].n; j++)
			if ((s = sp[i].state[j]) && ac->out[s]++ == 0)
				ng++;
	ac->groups = xcalloc(ng, sizeof(*ac->groups));
	for (ng = 0, s = 0; s < ac->nstates; s++)
		if (ac->out[s]) {
			ac->groups[ng].first = (uint32_t)pos;
			ac->groups[ng].minlen = UINT32_MAX;
			pos += ac->out[s];
			ac->out[s] = (uint32_t)++ng;
		}
	ac->member = xrealloc(NULL, pos, sizeof(*ac->member));
	for (i = 0; i < m->n; i++)
		for (j = 0; j < sp[i].n; j++) {
			if (!(s = sp[i].state[j]))
				continue;
			g = &ac->groups[ac->out[s] - 1];
			ac->member[g->first + g->n++] = (uint32_t)i;
			g->len = (uint32_t)sp[i].len[j];
			if ((len = m->pat[i].len) < g->minlen)
				g->minlen = (uint32_t)len;
			if (len > g->maxlen)
				g->maxlen = (uint32_t)len;
		}
	/* A small group stays in the order given; ac_found walks it back. */
	for (g = ac->groups; g < ac->groups + ng; g++) {
		if (g->n < AC_SIFT)
			continue;
		tmp = grow(tmp, &cap, g->n, sizeof(*tmp));
		if (g->n > ac->widest)
			ac->widest = g->n;
		if (g->maxlen > ac->longest)
			ac->longest = g->maxlen;
		for (e = 0; e < g->n; e++)
			tmp[e] = &m->pat[ac->member[g->first + e]];
		qsort(tmp, g->n, sizeof(*tmp), pattern_cmp);
		for (e = 0; e < g->n; e++)
			ac->member[g->first + e] = (uint32_t)(tmp[e] - m->pat);
	}
	free(tmp);
}

/* Turns the trie into the automaton: failure links by breadth, missing
 * transitions filled in, groups chained to those of the failure state. */
static void
ac_link(struct automaton *ac)
{
	size_t k = ac->nclass, head = 0, tail = 0, c, e;
	uint32_t *fail = xcalloc(ac->nstates, sizeof(*fail));
	uint32_t *queue = xrealloc(NULL, ac->nstates, sizeof(*queue));
	uint32_t s, u;

	for (c = 0; c < k; c++)
		if ((u = ac->next[c]))
			queue[tail++] = u;
	while (head < tail) {
		s = queue[head++];
		/* Own group first, then those of the failure state. */
		if (!ac->out[s])
			ac->out[s] = ac->out[fail[s]];
		else
			ac->groups[ac->out[s] - 1].chain = ac->out[fail[s]];
		for (c = 0; c < k; c++) {
			u = ac->next[s * k + c];
			if (u) {
				fail[u] = ac->next[fail[s] * k + c];
				queue[tail++] = u;
			} else
				ac->next[s * k + c] = ac->next[fail[s] * k + c];
		}
	}
	/* Row offsets instead of state numbers spare the scan a multiply. */
	for (e = 0; e < ac->nstates * k; e++)
		ac->next[e] = ac->next[e] * (uint32_t)k |
		    (ac->out[ac->next[e]] ? AC_OUTPUT : 0);
	free(fail);
	free(queue);
}

/* The skip at the root, Wu-Manber's: every spelling is at least window
 * bytes long, so a window whose last byte pair ends no spelling's first
 * window bytes holds no start, and the scan moves on by skip[pair] bytes
 * without a step.  By raw byte pairs, so that the scan looks up no
 * classes; a set with a one-byte spelling has no skip. */
static void
ac_skip(struct automaton *ac, const struct spellings *sp, size_t n)
{
	unsigned char byclass[256 * 256];
	size_t i, j, k, w = AC_DEPTH + 4, k2 = ac->nclass;
	unsigned a, b;

	for (i = 0; i < n; i++)
		for (j = 0; j < sp[i].n; j++)
			if (sp[i].len[j] < w)
				w = sp[i].len[j];
	if ((ac->window = w) < 2)
		return;
	ac->skip = xrealloc(NULL, 256, 256);
	memset(byclass, (int)(w - 1), k2 * k2);
	for (i = 0; i < n; i++)
		for (j = 0; j < sp[i].n; j++)
			for (k = 1; k < w; k++) {
				a = ac->amap[sp[i].b[j][k - 1]] * k2 +
				    ac->amap[sp[i].b[j][k]];
				if (byclass[a] > w - 1 - k)
					byclass[a] = (unsigned char)(w - 1 - k);
			}
	for (a = 0; a < 256; a++)
		for (b = 0; b < 256; b++)
			ac->skip[a << 8 | b] = byclass[ac->amap[a] * k2 +
			    ac->amap[b]];
}

/* Builds the automaton of a set; see struct automaton. */
static void
matcher_compile_ac(struct matcher *m)
{
	struct spellings *sp = xcalloc(m->n, sizeof(*sp));
	struct automaton *ac = m->ac = xcalloc(1, sizeof(*m->ac));
	uint32_t *inv = xrealloc(NULL, 0x600, sizeof(*inv)), c;
	size_t i, j, b, ninv = 0;

	/* For case_variants, every character that case folding changes after
	 * its folded form in the high 16 bits, sorted; none without folding. */
	for (c = 0x80; c < 0x530 && m->fold_case; c++)
		if (fold(c) != c)
			inv[ninv++] = fold(c) << 16 | c;
	qsort(inv, ninv, sizeof(*inv), u32_cmp);
	for (i = 0; i < m->n; i++)
		pattern_spellings(&m->pat[i], inv, ninv, &sp[i]);
	/* Classes for the bytes the spellings use, 0 for every other; an
	 * ASCII byte has that of its byte class, which a folded spelling
	 * holds for it. */
	ac->nclass = 1;
	for (i = 0; i < m->n; i++)
		for (j = 0; j < sp[i].n; j++)
			for (b = 0; b < sp[i].len[j]; b++)
				if (!ac->amap[sp[i].b[j][b]])
					ac->amap[sp[i].b[j][b]] =
					    (unsigned char)ac->nclass++;
	for (b = 0; b < 0x80; b++)
		ac->amap[b] = ac->amap[m->cls[b]];
	ac_state(ac);           /* the root, state 0 */
	for (i = 0; i < m->n; i++)
		for (j = 0; j < sp[i].n; j++)
			sp[i].state[j] = ac_insert(ac, sp[i].b[j],
			    sp[i].len[j]);
	ac_group(m, sp);
	ac_link(ac);
	ac_skip(ac, sp, m->n);
	free(inv);
	free(sp);
}

/* Compiles the keywords args[0 .. n): folded patterns and their
 * automaton. */
static void
matcher_compile(struct matcher *m, const char **args, size_t n,
    int fold_case, int word, int accents)
{
	struct keyset seen = { 0 };
	struct pattern *pt;
	uint32_t c;

	memset(m, 0, sizeof(*m));
	m->fold_case = fold_case;
	m->word = word;
	m->accents = accents;
	/* Byte classes: ASCII folded unless case counts, whitespace as ' ',
	 * every non-ASCII byte as 0x80. */
	for (c = 0; c < 256; c++)
		m->cls[c] = (unsigned char)(c >= 0x80 ? 0x80 : is_space(c) ?
		    ' ' : fold_case ? fold(c) : c);
	if (n == 0)
		return;
	m->pat = xcalloc(n, sizeof(*m->pat));
	/* A pattern that an earlier one equals once folded is a repeat: %k,
	 * --json and the score count a keyword once however often it was
	 * given.  A hash set, so that 10,000 keywords cost no quadratic
	 * start-up. */
	for (m->n = 0; m->n < n; m->n++) {
		pt = &m->pat[m->n];
		pt->arg = args[m->n];
		pattern_fold(pt, fold_case, accents);
		if (!(pt->repeat = keyset_find(&seen, (const char *)pt->s,
		    pt->len) != NULL))
			keyset_add(&seen, (const char *)pt->s, pt->len, 0, 0);
	}
	keyset_free(&seen);
	matcher_compile_ac(m);
}

static void
matcher_free(struct matcher *m)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		free(m->pat[i].s);
	free(m->pat);
	if (m->ac) {
		free(m->ac->next);
		free(m->ac->out);
		free(m->ac->groups);
		free(m->ac->member);
		free(m->ac->skip);
		free(m->ac);
	}
	memset(m, 0, sizeof(*m));
}

/* Returns the end of a match of pt at t + i, or 0. */
static size_t
match_at(const struct matcher *m, const struct pattern *pt,
    const unsigned char *t, size_t n, size_t i)
{
	const unsigned char *k = pt->s, *kend = pt->s + pt->len;
	uint32_t kc, tc, after;
	size_t kl, tl;

	while (k < kend) {
		if (i >= n)
			return 0;
		if (*k < 0x80) {
			if (m->cls[t[i++]] != *k)
				return 0;
			if (*k++ == ' ')
				while (i < n && m->cls[t[i]] == ' ')
					i++;
			continue;
		}
		kl = utf8_decode(k, (size_t)(kend - k), &kc);
		if (kc & BADBYTE)
			kl = 1;
		tl = utf8_decode(t + i, n - i, &tc);
		if (tc & BADBYTE)
			tl = 1;
		else if (m->fold_case)
			tc = fold(tc);
		if (tc != kc)
			return 0;
		k += kl;
		i += tl;
	}
	if (m->word) {
		after = ' ';
		if (i < n)
			utf8_decode(t + i, n - i, &after);
		if (is_word(after))
			return 0;
	}
	return i;
}

/* Makes room for a matcher's marks, and for sifting its automaton's
 * groups (see group_found). */
static void
found_init(struct found *f, const struct matcher *m)
{
	size_t n = m->n;

	memset(f, 0, sizeof(*f));
	f->mark = xcalloc(n, sizeof(*f->mark));
	f->hits = xcalloc(n, sizeof(*f->hits));
	f->tf = xcalloc(n * 2, sizeof(*f->tf));
	/* A character's encoding may run past the longest pattern. */
	if (m->ac && m->ac->widest) {
		f->norm = xrealloc(NULL, m->ac->longest + 4, 1);
		f->cand = xrealloc(NULL, m->ac->widest, sizeof(*f->cand));
	}
}

static void
found_free(struct found *f)
{
	size_t i;

	free(f->mark);
	free(f->hits);
	free(f->tf);
	free(f->norm);
	free(f->cand);
	for (i = 0; i < FieldLast; i++)
		free(f->at[i].v);
	memset(f, 0, sizeof(*f));
}

/* Forgets the last record's matches. */
static void
found_begin(struct found *f, size_t npatterns)
{
	size_t i;

	/* After 2^32 records the generation wraps; start the marks afresh. */
	if (++f->gen == 0) {
		for (i = 0; i < npatterns; i++)
			f->mark[i] = 0;
		f->gen = 1;
	}
	for (i = 0; i < f->nhit; i++)
		f->tf[2 * f->hits[i]] = f->tf[2 * f->hits[i] + 1] = 0;
	f->nhit = 0;
	for (i = 0; i < FieldLast; i++)
		f->at[i].n = 0;
}

static int
found_has(const struct found *f, size_t i)
{
	return f->mark[i] == f->gen;
}

static void
found_add(struct found *f, size_t i)
{
	f->mark[i] = f->gen;
	f->hits[f->nhit++] = i;
}

/* One search: what it looks for, where it notes what it finds, and how
 * far it goes (spans is set only for FindEvery). */
struct scan {
	const struct matcher *m;
	struct found *f;
	struct spans *spans;
	enum depth depth;
	int slot;               /* FindEvery: count in tf[2k + slot], or -1 */
};

/*
 * Notes that t[start..end) matched, for --color.  A match that overlaps or
 * touches the last one, or is parted from it by white space alone, only
 * extends it: bold red spaces look like spaces, and a long run of matches
 * ("a a a ...") costs one span instead of one each.
 */
static void
note_span(struct spans *sp, const unsigned char *t, size_t start, size_t end)
{
	struct span *last = sp->n ? &sp->v[sp->n - 1] : NULL;
	size_t k;

	if (last && start >= last->start && start <= last->end + 16) {
		for (k = last->end; k < start && is_space(t[k]); k++)
			;
		if (k >= start) {
			if (end > last->end)
				last->end = end;
			return;
		}
	}
	spans_add(sp, start, end);
}

/* Verifies pattern k at t + i and notes it; returns 1 when the search is
 * over. */
static int
try_pattern(const struct scan *sc, const unsigned char *t, size_t n,
    size_t i, size_t k)
{
	const struct matcher *m = sc->m;
	struct found *f = sc->f;
	int every = sc->depth == FindEvery;
	size_t end;

	/* Short of FindEvery, a pattern is looked for until found. */
	if ((!every && found_has(f, k)) ||
	    !(end = match_at(m, &m->pat[k], t, n, i)))
		return 0;
	if (sc->spans)
		note_span(sc->spans, t, i, end);
	if (!found_has(f, k))
		found_add(f, k);
	if (every && sc->slot >= 0)
		f->tf[2 * k + (size_t)sc->slot]++;
	return !every && (sc->depth == FindAny || f->nhit == m->n);
}

/* Writes the text from t + i into out as match_at compares it with a
 * pattern (ASCII through the byte classes, a whitespace run as one space,
 * a character folded unless case counts, an invalid byte as is) until out
 * holds want bytes or the text ends; a pattern that matches at t + i is a
 * prefix of it.  Returns its length. */
static size_t
spell_text(const struct matcher *m, const unsigned char *t, size_t n,
    size_t i, unsigned char *out, size_t want)
{
	size_t len = 0, k;
	uint32_t c;

	while (len < want && i < n) {
		if (t[i] < 0x80) {
			if ((out[len++] = m->cls[t[i++]]) == ' ')
				while (i < n && m->cls[t[i]] == ' ')
					i++;
			continue;
		}
		k = utf8_decode(t + i, n - i, &c);
		if (c & BADBYTE) {
			out[len++] = t[i++];
			continue;
		}
		len += utf8_encode(m->fold_case ? fold(c) : c,
		    (char *)out + len);
		i += k;
	}
	return len;
}

#ifdef __GNUC__
/* Kept apart from ac_found, whose every other call it would slow. */
static int group_found(const struct scan *, const unsigned char *, size_t,
    size_t, const struct acgroup *) __attribute__((noinline));
#endif

/*
 * Verifies the patterns of group g that the text at t + start may begin
 * with.  The text spelled as the patterns are (spell_text) is searched in
 * the sorted group for its prefixes: the last pattern not above it is one,
 * or else none before it shares more with the text than it does.  A group
 * of thousands costs a few comparisons, not thousands of match_at, which
 * still judges each, in the order a plain walk would have found them.
 */
static int
group_found(const struct scan *sc, const unsigned char *t, size_t n,
    size_t start, const struct acgroup *g)
{
	const struct matcher *m = sc->m;
	const uint32_t *mem = m->ac->member + g->first;
	const struct pattern *pt, *q;
	struct found *f = sc->f;
	unsigned char *text = f->norm;
	size_t len, lo, hi = g->n, mid, j, l, nc = 0;
	int c;

	len = spell_text(m, t, n, start, text, g->maxlen);
	while (hi > 0 && len >= g->minlen) {
		/* j: the last pattern in [0, hi) not above text[0 .. len). */
		for (lo = 0; lo < hi; ) {
			mid = lo + (hi - lo) / 2;
			q = &m->pat[mem[mid]];
			c = memcmp(q->s, text, q->len < len ? q->len : len);
			if (c < 0 || (c == 0 && q->len <= len))
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo == 0)
			break;
		hi = lo - 1;
		pt = &m->pat[mem[hi]];
		for (l = 0; l < pt->len && l < len && pt->s[l] == text[l]; l++)
			;
		if (l == pt->len)
			f->cand[nc++] = mem[hi];
		else
			len = l;
	}
	if (nc > 1)
		qsort(f->cand, nc, sizeof(*f->cand), u32_cmp);
	for (j = nc; j-- > 0; )
		if (try_pattern(sc, t, n, start, f->cand[j]))
			return 1;
	return 0;
}

/* Verifies the patterns whose prefixes end at t[i] in automaton state s
 * (a row offset with AC_OUTPUT set); returns 1 when the search is over. */
static int
ac_found(const struct scan *sc, const unsigned char *t, size_t n, size_t i,
    uint32_t s)
{
	const struct automaton *ac = sc->m->ac;
	const struct acgroup *g;
	size_t start, k;
	uint32_t e;

	for (e = ac->out[(s & ~AC_OUTPUT) / ac->nclass]; e; e = g->chain) {
		g = &ac->groups[e - 1];
		start = i + 1 - g->len;
		/* No match starts inside a character. */
		if (t[start] >= 0x80 && t[start] < 0xc0)
			continue;
		if (sc->m->word && start > 0 && is_word(char_before(t, start)))
			continue;
		if (g->n >= AC_SIFT) {
			if (group_found(sc, t, n, start, g))
				return 1;
		} else
			for (k = g->first + g->n; k-- > g->first; )
				if (try_pattern(sc, t, n, start, ac->member[k]))
					return 1;
	}
	return 0;
}

/* Follows the automaton through t, skipping at the root, where most of a
 * text is read, the windows that start nothing (see ac_skip). */
static void
ac_scan(const struct scan *sc, const unsigned char *t, size_t n)
{
	const struct automaton *ac = sc->m->ac;
	const uint32_t *next = ac->next;
	const unsigned char *amap = ac->amap, *skip = ac->skip;
	size_t i, j, w = ac->window;
	uint32_t s = 0;
	unsigned d;

	for (i = 0; i < n; i++) {
		if (s == 0 && skip) {
			for (j = i + w - 1; j < n &&
			    (d = skip[(unsigned)t[j - 1] << 8 | t[j]]); j += d)
				;
			if (j >= n)
				return;
			i = j + 1 - w;
		}
		s = next[(s & ~AC_OUTPUT) + amap[t[i]]];
		if ((s & AC_OUTPUT) && ac_found(sc, t, n, i, s))
			return;
	}
}

/* Searches t for the patterns of a matcher, noting what it finds in
 * sc->f, as far as sc->depth asks. */
static void
search(const struct scan *sc, const unsigned char *t, size_t n)
{
	if (n > 0 && sc->m->n > 0)
		ac_scan(sc, t, n);
}

/* --- reading records --- */

enum { LineEnd = -1, LineReadError = -2 };

/* Finds the next line in r, reading more as needed; returns its length
 * without the newline, or LineEnd, LineReadError (errno set by the read). */
static long long
next_line(struct reader *r, char **line)
{
	char *nl;
	size_t got, scanned = r->start;

	for (;;) {
		nl = memchr(r->buf + scanned, '\n', r->end - scanned);
		if (nl || (r->eof && r->start < r->end)) {
			*line = r->buf + r->start;
			got = (size_t)((nl ? nl : r->buf + r->end) - *line);
			r->start += got + (nl != NULL);
			return (long long)got;
		}
		if (r->eof)
			return LineEnd;
		memmove(r->buf, r->buf + r->start, r->end - r->start);
		scanned = r->end -= r->start;
		r->start = 0;
		if (r->end == r->cap) {
			/* Only a line longer than the buffer grows it. */
			r->cap = r->cap / 2 * 3;
			r->buf = xrealloc(r->buf, r->cap, 1);
		}
		got = fread(r->buf + r->end, 1, r->cap - r->end, r->in);
		if (got == 0 && ferror(r->in))
			return LineReadError;
		r->end += got;
		r->eof = got == 0;
	}
}

/* Is the line empty or all spaces (no TAB, so no fields at all)? */
static int
is_blank_line(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\v' && s[i] != '\f' && s[i] != '\r')
			return 0;
	return 1;
}

/* Splits the line at TABs into fields [from, to), each starting after the
 * TAB that ends the one before it; missing fields are empty. */
static void
split_fields(struct record *r, size_t from, size_t to)
{
	struct text *f = r->f;
	const char *end = r->line + r->len, *p, *tab;

	for (; from < to; from++) {
		p = from ? f[from - 1].p + f[from - 1].len : r->line;
		p += from && p < end;
		tab = memchr(p, '\t', (size_t)(end - p));
		f[from].p = p;
		f[from].len = (size_t)((tab ? tab : end) - p);
	}
}

/* Says what is wrong with input line lineno, quoting up to 64 bytes of
 * s, n > 0 (a character that straddles the cut is left out whole). */
static void
report(struct stats *st, unsigned long long lineno, const char *why,
    const char *s, size_t n)
{
	struct buf b = { 0 };
	size_t cut = n < 64 ? n : 64;

	st->malformed++;
	while (cut < n && cut > 0 && (s[cut] & 0xc0) == 0x80)
		cut--;
	put_visible(&b, s, cut);
	warnx("line %llu: %s '%s%s'", lineno, why, b.p, cut < n ? "..." : "");
	buf_free(&b);
}

/* Takes a line as the current record, its date and title split off; the
 * other fields are split by split_fields once the date has passed. */
static void
record_load(struct record *r, const char *line, size_t len, int had_cr,
    unsigned long long lineno)
{
	r->line = line;
	r->len = len;
	r->had_cr = had_cr;
	r->lineno = lineno;
	split_fields(r, FieldDate, FieldLink);
	r->d.done = r->d.accdone = 0;
}

/* Looks at the first two fields only: a record needs a title (text left
 * once escapes are decoded and blanks trimmed) and a date that parses and
 * falls in any date window.  0: skip it (reported when malformed). */
static int
record_head(const struct query *q, struct stats *st, struct record *r)
{
	const struct text *date = &r->f[FieldDate], *title = &r->f[FieldTitle];
	struct when *w = &r->when;

	if (skip_blanks(title->p, title->len, 0) == title->len) {
		st->malformed++;
		warnx("line %llu: no title", r->lineno);
		return 0;
	}
	w->dated = date->len &&
	    parse_date(date->p, date->len, &w->t, &w->has_time) == 0;
	if (date->len && !w->dated)
		report(st, r->lineno, "invalid date", date->p, date->len);
	if (q->windowed && (!w->dated || w->t < q->since || w->t > q->until)) {
		st->outside++;
		return 0;
	}
	return 1;
}

/* --- paper keys for -u and --seen --- */

/* Reads an arXiv identifier at s without its version: new style
 * YYMM.NNNN[N] or old style archive[.XX]/YYMMNNN.  Returns its length, and
 * in *sub where an old one's subject class ".XX" starts (or 0). */
static size_t
arxiv_id_len(const char *s, size_t n, size_t *sub)
{
	size_t i = 0, j;

	*sub = 0;
	while (i < n && ISDIGIT(s[i]))
		i++;
	if (i == 4 && i < n && s[i] == '.') {
		for (j = i + 1; j < n && ISDIGIT(s[j]); j++)
			;
		return j - i - 1 == 4 || j - i - 1 == 5 ? j : 0;
	}
	for (i = 0; i < n && ((s[i] >= 'a' && s[i] <= 'z') || s[i] == '-'); i++)
		;
	if (i == 0)
		return 0;
	if (i + 3 < n && s[i] == '.' && ISUPPER(s[i + 1]) &&
	    ISUPPER(s[i + 2])) {
		*sub = i;
		i += 3;
	}
	if (i >= n || s[i] != '/')
		return 0;
	for (j = i + 1; j < n && ISDIGIT(s[j]); j++)
		;
	return j - i - 1 == 7 ? j : 0;
}

/* Appends the bare arXiv identifier at s, if there is one: the subject
 * class of an old one left out, as arXiv itself does. */
static int
put_arxiv_id(struct buf *key, const char *s, size_t n)
{
	size_t len, sub;

	if (!(len = arxiv_id_len(s, n, &sub)))
		return 0;
	buf_add(key, s, sub ? sub : len);
	if (sub)
		buf_add(key, s + sub + 3, len - sub - 3);
	return 1;
}

/* Where an arXiv identifier follows a link form of arXiv, its mirrors,
 * DOIs, Hugging Face or "arXiv:ID" (host and prefix in any case). */
static int
link_arxiv_id(struct buf *key, const struct text *link)
{
	static const char *before[] = {
		"arxiv.org/abs/", "arxiv.org/pdf/", "arxiv.org/html/",
		"huggingface.co/papers/", "10.48550/arxiv.", "arxiv:",
	};
	const char *p = link->p;
	size_t i, at, k, plen;

	for (i = 0; i < LEN(before); i++) {
		plen = strlen(before[i]);
		for (at = 0; at + plen <= link->len; at++) {
			for (k = 0; k < plen &&
			    TOLOWER(p[at + k]) == before[i][k]; k++)
				;
			if (k == plen && put_arxiv_id(key, p + at + plen,
			    link->len - at - plen))
				return 1;
		}
	}
	return 0;
}

/* Makes key, as cleaned text, fit the --seen file: one word of at most
 * 256 bytes.  Space, '%' and control bytes become %XX, and so does a
 * byte-order mark that starts the key, which FILE's reader would skip; a
 * longer key becomes '#' and 32 hex digits of two hashes of it. */
static void
key_escape(struct buf *key, struct buf *tmp)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char c;
	size_t i, h[2];

	tmp->len = 0;
	for (i = 0; i < key->len; i++) {
		c = (unsigned char)key->p[i];
		if (c <= ' ' || c == '%' || c == 0x7f ||
		    (i < 3 && bom_len(key->p, key->len))) {
			buf_addc(tmp, '%');
			buf_addc(tmp, hex[c >> 4]);
			buf_addc(tmp, hex[c & 15]);
		} else
			buf_addc(tmp, c);
	}
	key->len = 0;
	if (tmp->len <= 256) {
		buf_add(key, tmp->p, tmp->len);
		return;
	}
	h[0] = hash_bytes(tmp->p, tmp->len);
	h[1] = hash_bytes(tmp->p, tmp->len / 2) ^ h[0] * 31;
	buf_addc(key, '#');
	for (i = 0; i < 32; i++)
		buf_addc(key, hex[(h[i / 16] >> (60 - i % 16 * 4)) & 15]);
}

/* The key of a paper: its bare arXiv identifier from the link or from the
 * "arXiv:" that starts an arXiv RSS abstract, else its link, else its
 * title with case and whitespace folded, else its raw title; made to fit
 * the --seen file by key_escape. */
static void
paper_key(struct buf *key, struct buf *tmp, struct decoded *d,
    const struct text *f)
{
	const struct text *abs = &f[FieldAbstract], *t;

	key->len = 0;
	if (link_arxiv_id(key, &f[FieldLink]) || (abs->len > 6 &&
	    !memcmp(abs->p, "arXiv:", 6) &&
	    put_arxiv_id(key, abs->p + 6, abs->len - 6)))
		return;
	t = decoded_field(d, f, FieldLink);
	put_clean(key, t->p, t->len, 0, NULL);
	if (key->len == 0) {
		t = decoded_field(d, f, FieldTitle);
		put_clean(key, t->p, t->len, 1, NULL);
	}
	/* A title of nothing but control characters still keys itself. */
	if (key->len == 0)
		buf_add(key, f[FieldTitle].p, f[FieldTitle].len);
	key_escape(key, tmp);
}

/* --- selection --- */

/* Searches field i, its escapes decoded; with spans, notes each match. */
static void
search_field(const struct matcher *m, struct found *fnd, enum depth depth,
    int spans, struct record *r, size_t i)
{
	const struct text *t = m->accents ? accented_field(&r->d, r->f, i) :
	    decoded_field(&r->d, r->f, i);
	const struct accented *a = &r->d.acc[i];
	struct spans *sp;
	struct scan sc = { .m = m, .f = fnd, .depth = depth,
	    .spans = spans ? &fnd->at[i] : NULL,
	    .slot = i == FieldTitle ? 0 : i == FieldAbstract ? 1 : -1 };
	size_t k;

	search(&sc, (const unsigned char *)t->p, t->len);
	if (!(sp = sc.spans))
		return;
	if (m->accents && a->breaks.n)
		for (k = 0; k < sp->n; k++) {
			sp->v[k].start = unaccented_offset(a, sp->v[k].start);
			sp->v[k].end = unaccented_offset(a, sp->v[k].end);
		}
	spans_merge(sp);
}

static int
index_cmp(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

/* Searches the title, and the abstract unless title_only when the depth
 * asks for more than the title gave.  A full search sorts its hits into
 * keyword order, so the score (a float sum) ignores where each was found. */
static void
search_text(const struct matcher *m, struct found *fnd, enum depth depth,
    int spans, int title_only, struct record *r)
{
	found_begin(fnd, m->n);
	search_field(m, fnd, depth, spans, r, FieldTitle);
	if (!title_only && (depth == FindEvery || (depth == FindEach &&
	    fnd->nhit < m->n) || (depth == FindAny && fnd->nhit == 0)))
		search_field(m, fnd, depth, spans, r, FieldAbstract);
	if (depth == FindEvery && fnd->nhit > 1)
		qsort(fnd->hits, fnd->nhit, sizeof(*fnd->hits), index_cmp);
}

/* The next category of the "|"-separated list t from *at on, trimmed of
 * white space (sfeed writes none, but a hand-made file may), empty ones
 * passed over; 0 at the end.  -C, %c and --json all split with this. */
static int
next_category(const struct text *t, size_t *at, struct text *item)
{
	const char *bar;
	size_t start, end;

	while (*at < t->len) {
		if (!(bar = memchr(t->p + *at, '|', t->len - *at)))
			bar = t->p + t->len;
		end = (size_t)(bar - t->p);
		for (start = *at; start < end &&
		    is_space((unsigned char)t->p[start]); start++)
			;
		*at = end + 1;
		while (end > start && is_space((unsigned char)t->p[end - 1]))
			end--;
		if (end > start) {
			item->p = t->p + start;
			item->len = end - start;
			return 1;
		}
	}
	return 0;
}

/* Has the record one of the -C categories (ASCII case folded): the
 * category itself, or with no dot in the value, any in that archive? */
static int
select_category(const struct arglist *want, const struct text *t)
{
	struct text c;
	size_t at = 0, i, k;
	const char *w;

	while (next_category(t, &at, &c))
		for (i = 0; i < want->n; i++) {
			w = want->v[i];
			for (k = 0; k < c.len && w[k] &&
			    TOLOWER(c.p[k]) == TOLOWER(w[k]); k++)
				;
			if (!w[k] && (k == c.len ||
			    (c.p[k] == '.' && !strchr(w, '.'))))
				return 1;
		}
	return 0;
}

/* Does the record pass --type, -C, the keywords, -A and -x? */
static int
select_text(const struct query *q, struct stats *st, struct record *r)
{
	const struct matcher *kw = &q->keywords;

	if ((q->types && !(q->types & 1u << record_type(&r->d, r->f))) ||
	    (q->categories->n && !select_category(q->categories,
	    decoded_field(&r->d, r->f, FieldCategories))) || q->matches_nothing)
		return 0;
	if (kw->n) {
		search_text(kw, &r->keywords, q->depth, q->fmt.color,
		    q->title_only, r);
		if (q->all ? r->keywords.nhit < kw->n : r->keywords.nhit == 0)
			return 0;
	}
	if (q->authors.n) {
		found_begin(&r->authors, q->authors.n);
		search_field(&q->authors, &r->authors, FindAny, 0, r,
		    FieldAuthors);
		if (r->authors.nhit == 0)
			return 0;
	}
	st->matched++;
	if (q->excludes.n) {
		search_text(&q->excludes, &r->excludes, FindAny, 0,
		    q->title_only, r);
		if (r->excludes.nhit) {
			st->excluded++;
			return 0;
		}
	}
	return 1;
}

/* Is the paper new, neither printed yet (-u) nor in FILE (--seen)?  Leaves
 * its key in run->key.  A paper seen again has its date renewed, and is
 * counted as a duplicate or as seen. */
static int
paper_is_new(const struct query *q, struct run *run)
{
	struct key *k;

	if (!q->keyed)
		return 1;
	paper_key(&run->key, &run->keytmp, &run->rec.d, run->rec.f);
	if (!(k = keyset_find(&run->keys, run->key.p, run->key.len)))
		return 1;
	if (k->fresh)
		run->st.duplicates++;
	else
		run->st.seen++;
	/* FILE keeps the last sighting, so that --seen-days forgets only
	 * papers that have left the feeds. */
	k->day = q->today;
	return 0;
}

/* The relevance score: for each keyword found, 2 t/(t + 1) + a/(a + 1), t
 * and a its occurrences in the title and the abstract.  Each keyword adds
 * less than 3, and ten mentions of one never reach one mention each of
 * two; it depends on nothing but the record and the keywords (the terms
 * are added in keyword order: see search_text). */
static double
relevance(const struct matcher *m, const struct found *fnd)
{
	double score = 0, t, a;
	size_t i, k;

	for (i = 0; i < fnd->nhit; i++) {
		/* A keyword given twice is one keyword. */
		if (m->pat[k = fnd->hits[i]].repeat)
			continue;
		t = fnd->tf[2 * k];
		a = fnd->tf[2 * k + 1];
		score += 2 * t / (t + 1) + a / (a + 1);
	}
	return score;
}

/* A popularity is a plain decimal number, "12" or "3.5", else none. */
static int
parse_popularity(const char *s, size_t n, double *out)
{
	double v = 0, scale = 1;
	size_t i = 0;

	while (i < n && ISDIGIT(s[i]))
		v = v * 10 + (s[i++] - '0');
	if (i == 0 || i > 18)
		return -1;
	if (i < n && s[i] == '.') {
		if (++i == n || !ISDIGIT(s[i]))
			return -1;
		while (i < n && ISDIGIT(s[i]))
			v += (s[i++] - '0') * (scale /= 10);
	}
	if (i != n)
		return -1;
	*out = v;
	return 0;
}

/* What the record ranks by under --sort; 0 when it has no such value. */
static int
rank_value(const struct query *q, const struct record *r, double *value)
{
	if (q->sort == SortRelevance && q->keywords.n) {
		*value = relevance(&q->keywords, &r->keywords);
		return 1;
	}
	if (q->sort == SortPopularity)
		return parse_popularity(r->f[FieldPopularity].p,
		    r->f[FieldPopularity].len, value) == 0;
	*value = (double)r->when.t;
	return q->sort == SortDate && r->when.dated;
}

/* --- the format: compiler --- */

/* The conversion letters of a --format directive. */
#define CONVERSIONS "dDtlaAkscy"

/* Reads a width or precision at *s into *out, 0 when there is none, or
 * says why not for the option name.  Digits not followed by a conversion
 * letter or '.' end in a field number (%6 is field 6, %16 is field 6 in 1
 * column, %60t pads %t): the last one is left for that. */
static int
parse_count(const char **s, long *out, const char *name)
{
	const char *end = *s;
	long v = 0;

	while (ISDIGIT(*end))
		end++;
	if (end > *s && (*end == '\0' || !strchr(CONVERSIONS ".", *end)))
		end--;
	for (; *s < end; (*s)++)
		if ((v = v * 10 + (**s - '0')) > 10000) {
			warnx("%s: width or precision over 10000", name);
			return -1;
		}
	*out = v;
	return 0;
}

/* Reads one directive after its '%', one of convs, with a width and a
 * precision when widths; when it is bad, says why for the option name. */
static int
parse_directive(const char **s, struct directive *dv, const char *name,
    const char *convs, int widths)
{
	if (widths) {
		if ((dv->left = **s == '-'))
			(*s)++;
		if (parse_count(s, &dv->width, name) < 0)
			return -1;
		if (**s == '.') {
			(*s)++;
			if (parse_count(s, &dv->prec, name) < 0)
				return -1;
		}
	}
	if (**s && strchr(convs, **s)) {
		dv->conv = *(*s)++;
		return 0;
	}
	if (**s)
		warnx("%s: unknown directive %%%c", name, **s);
	else
		warnx("%s: incomplete directive at end", name);
	return -1;
}

/* Copies literal text up to the next directive, with %% and the escapes
 * \n, \t and \\. */
static const char *
copy_literal(const char *s, struct buf *b)
{
	static const char esc[] = "nt\\", to[] = "\n\t\\";
	const char *e;

	while (*s && !(*s == '%' && s[1] != '%')) {
		if (*s == '%') {
			buf_addc(b, '%');
			s += 2;
		} else if (*s == '\\' && s[1] && (e = strchr(esc, s[1]))) {
			buf_addc(b, to[e - esc]);
			s += 2;
		} else
			buf_addc(b, *s++);
	}
	return s;
}

/* Compiles a --format (name "format", every directive, with widths) or a
 * --header or --footer (convs "nd": %n, the records printed, and %d,
 * today); on error says why and returns -1. */
static int
compile_format(struct format *fmt, const char *s, const char *name,
    const char *convs, int widths)
{
	struct directive *dv;

	while (*s) {
		fmt->v = grow(fmt->v, &fmt->cap, fmt->n + 1, sizeof(*fmt->v));
		dv = memset(&fmt->v[fmt->n++], 0, sizeof(*dv));
		dv->prec = -1;
		if (*s == '%' && s[1] != '%') {
			s++;
			if (parse_directive(&s, dv, name, convs, widths) < 0)
				return -1;
		} else {
			dv->litoff = fmt->lit.len;
			s = copy_literal(s, &fmt->lit);
			dv->litlen = fmt->lit.len - dv->litoff;
		}
	}
	return 0;
}

static int
format_uses(const struct format *fmt, char conv)
{
	size_t i;

	for (i = 0; i < fmt->n; i++)
		if (fmt->v[i].conv == conv)
			return 1;
	return 0;
}

static void
format_free(struct format *fmt)
{
	free(fmt->v);
	buf_free(&fmt->lit);
	memset(fmt, 0, sizeof(*fmt));
}

/* --- the format: renderer --- */

/* Writes s[0..cut) with the highlight spans, sorted byte offsets into s. */
static void
put_highlighted(struct buf *b, const char *s, size_t cut,
    const struct spans *hl)
{
	size_t i, pos = 0, start, end;

	for (i = 0; i < hl->n && hl->v[i].start < cut; i++) {
		start = hl->v[i].start;
		end = hl->v[i].end < cut ? hl->v[i].end : cut;
		if (end <= start)
			continue;
		buf_add(b, s + pos, start - pos);
		buf_adds(b, "\033[1;31m");
		buf_add(b, s + start, end - start);
		buf_adds(b, "\033[m");
		pos = end;
	}
	if (pos < cut)
		buf_add(b, s + pos, cut - pos);
}

/* The next keyword from *i on that the record holds, each once, in the
 * order given; NULL after the last.  %k and --json list them so. */
static const char *
next_keyword(const struct matcher *m, const struct found *fnd, size_t *i)
{
	size_t k;

	while (*i < m->n) {
		k = (*i)++;
		if (found_has(fnd, k) && !m->pat[k].repeat)
			return m->pat[k].arg;
	}
	return NULL;
}

/* Appends p[0..n), clean, to the ", "-joined list v (%k, %c); with drop,
 * an item that cleans to nothing is left out, separator and all. */
static void
put_item(struct buf *v, const char *p, size_t n, int drop)
{
	size_t before = v->len;

	if (before)
		buf_adds(v, ", ");
	put_clean(v, p, n, 0, NULL);
	if (drop && v->len == before + (before ? 2 : 0))
		v->len = before;
}

/* Appends a score with one decimal, rounded half up: 2.75 is 2.8 however
 * its terms rounded (1e-9 is far above their error, far below a tenth). */
static void
put_score(struct buf *v, double score)
{
	long long tenths = (long long)(score * 10 + 0.5 + 1e-9);

	put_digits(v, tenths / 10, 1);
	buf_addc(v, '.');
	put_digits(v, tenths % 10, 1);
}

/* The field a directive shows: %t %l %a %A are fields 2 to 5. */
static size_t
directive_field(char conv)
{
	static const char named[] = "tlaA";
	const char *p = strchr(named, conv);

	return p ? FieldTitle + (size_t)(p - named) : (size_t)(conv - '1');
}

/* The text of one directive, clean, before cutting and padding; with
 * --color, rd->hl gets the highlights in that text. */
static void
directive_text(const struct format *fmt, const struct matcher *kw,
    struct record *r, struct render *rd, const struct directive *dv)
{
	struct buf *v = &rd->field;
	const struct text *t;
	const struct spans *src;
	const char *arg;
	struct spanmap map = { NULL, NULL, 0, 0, 0 };
	struct text c;
	size_t i;

	rd->hl.n = 0;
	switch (dv->conv) {
	case 'd':
	case 'D':
		if (r->when.dated && (dv->conv == 'd' || r->when.has_time))
			put_day(v, r->when.t, dv->conv == 'D');
		return;
	case 'k':
		for (i = 0; (arg = next_keyword(kw, &r->keywords, &i)); )
			put_item(v, arg, strlen(arg), 0);
		return;
	case 's':
		if (kw->n)
			put_score(v, relevance(kw, &r->keywords));
		return;
	case 'y':
		buf_adds(v, type_names[record_type(&r->d, r->f)]);
		return;
	case 'c':
		t = decoded_field(&r->d, r->f, FieldCategories);
		for (i = 0; next_category(t, &i, &c); )
			put_item(v, c.p, c.len, 1);
		return;
	}
	i = directive_field(dv->conv);
	t = decoded_field(&r->d, r->f, i);
	src = &r->keywords.at[i];
	if (fmt->color && (dv->conv == 't' || dv->conv == 'a') && src->n) {
		rd->hl.v = grow(rd->hl.v, &rd->hl.cap, src->n,
		    sizeof(*rd->hl.v));
		map.src = src->v;
		map.dst = rd->hl.v;
		map.n = rd->hl.n = src->n;
	}
	put_clean(v, t->p, t->len, 0, map.n ? &map : NULL);
}

/* Where text v is cut for a precision. */
static size_t
cut_for_precision(const struct directive *dv, const struct buf *v)
{
	size_t cut, cols, sp;

	if (dv->prec < 0 || text_width(v->p, v->len) <= (size_t)dv->prec)
		return v->len;
	cols = dv->prec > 0 ? (size_t)dv->prec - 1 : 0;
	cut = fit_prefix(v->p, v->len, cols);
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

/* Appends s escaped for HTML, or as one RFC 4180 CSV field (quoted when
 * it holds a comma, a quote or a line break, quotes doubled). */
static void
put_escaped(struct buf *b, const char *s, size_t n, enum escape how)
{
	static const char special[] = "&<>\"'";
	static const char *const entity[] = {
		"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"
	};
	const char *e;
	size_t i;
	int quote = 0;

	for (i = 0; how == EscapeCsv && i < n && !quote; i++)
		quote = s[i] && strchr(",\"\n\r", s[i]);
	if (quote)
		buf_addc(b, '"');
	for (i = 0; i < n; i++)
		if (how == EscapeCsv && s[i] == '"')
			buf_adds(b, "\"\"");
		else if (how == EscapeHtml && s[i] &&
		    (e = strchr(special, s[i])))
			buf_adds(b, entity[e - special]);
		else
			buf_addc(b, s[i]);
	if (quote)
		buf_addc(b, '"');
}

/* Appends one directive's text to line, cut and padded as it asks. */
static void
put_directive(const struct format *fmt, const struct matcher *kw,
    struct record *r, struct render *rd, struct buf *line,
    const struct directive *dv)
{
	/* Cut and padded as people see it, the value is then escaped whole. */
	struct buf *out = fmt->escape != EscapeNone ? &rd->esc : line;
	struct buf *v = &rd->field;
	size_t w = 0, width = (size_t)dv->width, cut;
	int ellipsis;

	v->len = rd->esc.len = 0;
	directive_text(fmt, kw, r, rd, dv);
	cut = cut_for_precision(dv, v);
	ellipsis = dv->prec > 0 && cut < v->len;
	if (width)
		w = text_width(v->p, cut) + (size_t)ellipsis;
	/* --wrap indents to where a directive begins; a start in its left
	 * padding counts from the text after it (see put_wrapped). */
	rd->starts = grow(rd->starts, &rd->capstarts, rd->nstarts + 1,
	    sizeof(*rd->starts));
	rd->starts[rd->nstarts++] = line->len;
	for (; !dv->left && w < width; w++)
		buf_addc(out, ' ');
	put_highlighted(out, v->p, cut, &rd->hl);
	if (ellipsis)
		buf_adds(out, "\xe2\x80\xa6");
	for (; dv->left && w < width; w++)
		buf_addc(out, ' ');
	if (fmt->escape != EscapeNone)
		put_escaped(line, out->p, out->len, fmt->escape);
}

/* The column after the blanks s[0..n) (spaces and TABs) from column col:
 * a TAB goes to the next multiple of 8, as a terminal shows it. */
static size_t
blanks_end(const char *s, size_t n, size_t col)
{
	size_t i;

	for (i = 0; i < n; i++)
		col = s[i] == '\t' ? (col / 8 + 1) * 8 : col + 1;
	return col;
}

/* The end of the word at s + ws: up to a blank or newline, or between two
 * wide characters (CJK text has no spaces to break at). */
static size_t
word_end(const char *s, size_t n, size_t ws)
{
	size_t we = ws, len;
	uint32_t c;
	int wide, was_wide = 0;

	while (we < n && s[we] != ' ' && s[we] != '\t' && s[we] != '\n') {
		len = 1;
		if ((wide = (unsigned char)s[we] >= 0x80)) {
			len = utf8_decode((const unsigned char *)s + we, n - we,
			    &c);
			wide = char_width(c) == 2;
		}
		if (wide && was_wide)
			break;
		was_wide = wide;
		we += len;
	}
	return we;
}

/* Is a --color highlight open after s, given whether it was before? */
static int
sgr_open(const char *s, size_t n, int open)
{
	const char *esc;

	while ((esc = memchr(s, 0x1b, n))) {
		n -= (size_t)(esc + 1 - s);
		s = esc + 1;
		open = n < 2 || s[1] != 'm';    /* ESC[m closes */
	}
	return open;
}

/* Breaks the lines of s longer than cols at blanks, and between two wide
 * characters.  A continuation line is indented to the column where the
 * field that was running began (starts[] are the byte offsets where fields
 * begin), but never so far that less than a third of the line is left, and
 * not at all for a word that would not fit after the indent.  Padding that
 * would reach past cols is cut at the edge, and a highlight is closed
 * before a break and opened again after it: no line is longer than cols
 * unless one word alone is, and none leaves a colour open. */
static void
put_wrapped(struct buf *b, const char *s, size_t n, const struct format *fmt,
    const size_t *starts, size_t nstarts)
{
	size_t i = 0, col = 0, indent = 0, ns = 0, ws, we, k, next, wordw, at;
	size_t cols = fmt->wrap;
	int content = 0, open = 0;
	int entities = fmt->escape == EscapeHtml;

	while (i < n) {
		if (s[i] == '\n') {
			buf_addc(b, s[i++]);
			col = indent = 0;
			content = 0;
			continue;
		}
		/* A run of blanks, then a word. */
		for (ws = i; ws < n && (s[ws] == ' ' || s[ws] == '\t'); ws++)
			;
		we = word_end(s, n, ws);
		wordw = wrap_width(s + ws, we - ws, entities);
		if (content && we > ws &&
		    blanks_end(s + i, ws - i, col) + wordw > cols) {
			at = cols - cols / 3;
			if (indent < at)
				at = indent;
			if (at + wordw > cols && wordw <= cols)
				at = 0;
			if (open)
				buf_adds(b, "\033[m");
			buf_addc(b, '\n');
			for (k = 0; k < at; k++)
				buf_addc(b, ' ');
			if (open)
				buf_adds(b, "\033[1;31m");
			col = at;
		} else {
			/* At the start of a line, or with no word after them,
			 * blanks that would push a word that fits, or the line
			 * end, past the edge are cut there. */
			for (k = i; k < ws && (wordw > cols || blanks_end(s + k,
			    1, col) + wordw <= cols); k++)
				col = blanks_end(s + k, 1, col);
			buf_add(b, s + i, k - i);
		}
		/* A left-padded field begins, for indenting, at its text. */
		for (; ns < nstarts && starts[ns] < ws; ns++)
			if (starts[ns] >= i)
				indent = col;
		for (k = ws; k < we; k = next) {
			for (; ns < nstarts && starts[ns] == k; ns++)
				indent = col;
			next = we;
			if (ns < nstarts && starts[ns] < we)
				next = starts[ns];
			buf_add(b, s + k, next - k);
			col += wrap_width(s + k, next - k, entities);
		}
		open = sgr_open(s + ws, we - ws, open);
		content |= we > ws;
		i = we;
	}
}

/* Appends the record to out as the format says, and a newline. */
static void
render_record(const struct format *fmt, const struct matcher *kw,
    struct record *r, struct render *rd, struct buf *out)
{
	/* Without --wrap, the line is built in out: one copy fewer. */
	struct buf *line = fmt->wrap ? &rd->line : out;
	size_t i;

	line->len = 0;
	rd->nstarts = 0;
	for (i = 0; i < fmt->n; i++)
		if (fmt->v[i].conv == 0)
			buf_add(line, fmt->lit.p + fmt->v[i].litoff,
			    fmt->v[i].litlen);
		else
			put_directive(fmt, kw, r, rd, line, &fmt->v[i]);
	if (fmt->wrap)
		put_wrapped(out, rd->line.p, rd->line.len, fmt, rd->starts,
		    rd->nstarts);
	buf_addc(out, '\n');
}

/* Appends s as a JSON string, after a comma when it follows an earlier
 * member or element: valid UTF-8 (U+FFFD for what is not), every control
 * character, C1 and bidirectional control, and U+2028 and U+2029 escaped,
 * so that the line is safe for any JSON reader and a terminal. */
static void
json_string(struct buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s;
	uint32_t c;
	size_t len, i;
	int k;

	if (b->len && !memchr("{[:", b->p[b->len - 1], 3))
		buf_addc(b, ',');
	/* By index: an empty text may be NULL, and NULL + 0 is undefined. */
	buf_addc(b, '"');
	for (i = 0; i < n; i += len) {
		len = 1;
		if (p[i] >= 0x20 && p[i] < 0x7f && p[i] != '"' &&
		    p[i] != '\\') {
			buf_addc(b, p[i]);
			continue;
		}
		len = utf8_decode(p + i, n - i, &c);
		if (c & BADBYTE) {
			buf_adds(b, "\xef\xbf\xbd");
		} else if (c == '"' || c == '\\' || c == '\n' || c == '\t') {
			buf_addc(b, '\\');
			buf_addc(b, c == '\n' ? 'n' : c == '\t' ? 't' : (int)c);
		} else if (c < 0x20 || (c >= 0x7f && c < 0xa0) ||
		    is_bidi_control(c) || c == 0x2028 || c == 0x2029) {
			buf_adds(b, "\\u");
			for (k = 12; k >= 0; k -= 4)
				buf_addc(b, hex[c >> k & 15]);
		} else
			buf_add(b, p + i, len);
	}
	buf_addc(b, '"');
}

static void
json_key(struct buf *b, const char *key)
{
	json_string(b, key, strlen(key));
	buf_addc(b, ':');
}

/* One record as a JSON object on one line; the README has the schema. */
static void
render_json(const struct matcher *kw, struct record *r, struct render *rd,
    struct buf *b)
{
	static const char *const field_names[] = {    /* fields 2 to 5 */
		"title", "link", "abstract", "authors"
	};
	const struct text *f = r->f, *pop = &f[FieldPopularity], *t;
	const char *p, *tab, *end = r->line + r->len, *arg;
	struct buf *v = &rd->field;
	struct decoded *d = &r->d;
	struct text c;
	double value;
	size_t i = 0, at = 0, k;

	buf_addc(b, '{');
	json_key(b, "date");
	if (r->when.dated) {
		v->len = 0;
		put_day(v, r->when.t, r->when.has_time);
		json_string(b, v->p, v->len);
	} else
		buf_adds(b, "null");
	for (k = 0; k < 4; k++) {
		t = decoded_field(d, f, FieldTitle + k);
		json_key(b, field_names[k]);
		json_string(b, t->p, t->len);
	}
	/* Split as -C and %c split them. */
	json_key(b, "categories");
	buf_addc(b, '[');
	while (next_category(decoded_field(d, f, FieldCategories), &at, &c))
		json_string(b, c.p, c.len);
	buf_addc(b, ']');
	json_key(b, "popularity");
	if (parse_popularity(pop->p, pop->len, &value) == 0) {
		/* As JSON writes numbers: without leading zeros. */
		for (k = 0; k + 1 < pop->len && pop->p[k] == '0' &&
		    ISDIGIT(pop->p[k + 1]); k++)
			;
		buf_add(b, pop->p + k, pop->len - k);
	} else
		buf_adds(b, "null");
	json_key(b, "type");
	arg = type_names[record_type(d, f)];
	json_string(b, arg, strlen(arg));
	if (kw->n) {
		json_key(b, "score");
		put_score(b, relevance(kw, &r->keywords));
	}
	json_key(b, "keywords");
	buf_addc(b, '[');
	while ((arg = next_keyword(kw, &r->keywords, &i)))
		json_string(b, arg, strlen(arg));
	buf_addc(b, ']');
	paper_key(&rd->esc, &rd->line, d, f);
	json_key(b, "key");
	json_string(b, rd->esc.p, rd->esc.len);
	/* Fields 8 on, decoded; each TAB after field 7 starts one. */
	json_key(b, "extra");
	buf_addc(b, '[');
	for (tab = pop->p + pop->len; tab < end; ) {
		p = tab + 1;
		if (!(tab = memchr(p, '\t', (size_t)(end - p))))
			tab = end;
		v->len = 0;
		decode_escapes(v, p, (size_t)(tab - p));
		json_string(b, v->p, v->len);
	}
	buf_adds(b, "]}\n");
}

/* A --header or --footer line, wrapped as the records are; returns it. */
static const struct buf *
render_frame(const struct format *fmt, struct render *rd,
    unsigned long long n, long long today)
{
	struct buf *b = &rd->esc;
	size_t i;

	b->len = 0;
	for (i = 0; i < fmt->n; i++)
		if (fmt->v[i].conv == 'n')
			put_digits(b, (long long)n, 1);
		else if (fmt->v[i].conv == 'd')
			put_day(b, today * 86400, 0);
		else if (fmt->v[i].litlen)
			buf_add(b, fmt->lit.p + fmt->v[i].litoff,
			    fmt->v[i].litlen);
	if (fmt->wrap) {
		rd->line.len = 0;
		put_wrapped(&rd->line, b->p, b->len, fmt, NULL, 0);
		b = &rd->line;
	}
	buf_addc(b, '\n');
	return b;
}

/* Formats the current record into run->out as the query asks. */
static void
emit_record(const struct query *q, struct run *run)
{
	struct record *r = &run->rec;

	run->out.len = 0;
	/* -r writes the line as read: a CR that ended it goes out again. */
	if (q->output == OutRaw) {
		buf_add(&run->out, r->line, r->len + (size_t)r->had_cr);
		buf_addc(&run->out, '\n');
	} else if (q->output == OutJson)
		render_json(&q->keywords, r, &run->rd, &run->out);
	else if (q->output == OutFormat)
		render_record(&q->fmt, &q->keywords, r, &run->rd, &run->out);
}

/* --- the filter --- */

/* Sets up a run's state for a compiled query. */
static void
run_init(struct run *run, const struct query *q)
{
	memset(run, 0, sizeof(*run));
	found_init(&run->rec.keywords, &q->keywords);
	found_init(&run->rec.excludes, &q->excludes);
	found_init(&run->rec.authors, &q->authors);
}

static void
run_free(struct run *run)
{
	size_t i;

	keyset_free(&run->keys);
	keyset_free(&run->taken);
	found_free(&run->rec.keywords);
	found_free(&run->rec.excludes);
	found_free(&run->rec.authors);
	decoded_free(&run->rec.d);
	buf_free(&run->rd.line);
	buf_free(&run->rd.field);
	buf_free(&run->rd.esc);
	free(run->rd.hl.v);
	free(run->rd.starts);
	for (i = 0; i < run->rank.n; i++) {
		buf_free(&run->rank.v[i].line);
		buf_free(&run->rank.v[i].found);
	}
	free(run->rank.v);
	buf_free(&run->out);
	buf_free(&run->key);
	buf_free(&run->keytmp);
	buf_free(&run->held);
}

enum fault { Ok, ReadFault, WriteFault };

static enum fault
write_buf(const struct buf *b, FILE *out)
{
	if (b->len && fwrite(b->p, 1, b->len, out) != b->len)
		return WriteFault;
	return Ok;
}

/* Prints the current record, or past --top cuts it: marks its paper (in
 * run->key) printed, formats and writes it, the header before the first
 * one, or into run->held while a header waits for the count (%n). */
static enum fault
print_record(const struct query *q, struct run *run, FILE *out)
{
	if (q->top && run->st.printed >= q->top) {
		run->st.cut++;
		return Ok;
	}
	if (q->keyed)
		keyset_add(&run->keys, run->key.p, run->key.len, q->today, 1);
	run->st.printed++;
	emit_record(q, run);
	if (q->hold) {
		buf_add(&run->held, run->out.p, run->out.len);
		return Ok;
	}
	if (q->headed && run->st.printed == 1 && run->out.len &&
	    write_buf(render_frame(&q->header, &run->rd, 0, q->today),
	    out) != Ok)
		return WriteFault;
	return write_buf(&run->out, out);
}

/* After the last record: the held output under its header, and the
 * footer, when some record was written (-c and -q write none). */
static enum fault
write_end(const struct query *q, struct run *run, FILE *out)
{
	if (q->hold && run->held.len && (write_buf(render_frame(&q->header,
	    &run->rd, run->st.printed, q->today), out) != Ok ||
	    write_buf(&run->held, out) != Ok))
		return WriteFault;
	if (q->footed && run->st.printed && q->output < OutCount)
		return write_buf(render_frame(&q->footer, &run->rd,
		    run->st.printed, q->today), out);
	return Ok;
}

/* Does a rank before b?  Records with a value first, higher values first,
 * and in input order where they tie. */
static int
ranked_before(const struct ranked *a, const struct ranked *b)
{
	if (a->valued != b->valued)
		return a->valued;
	if (a->valued && a->value != b->value)
		return a->value > b->value;
	return a->seq < b->seq;
}

static int
ranked_cmp(const void *a, const void *b)
{
	return ranked_before(a, b) ? -1 : ranked_before(b, a);
}

/* Moves v[i] down to its place in the heap v[0..n), whose root is its
 * worst record. */
static void
heap_down(struct ranked *v, size_t n, size_t i)
{
	struct ranked t;
	size_t worst, c;

	for (;;) {
		worst = i;
		for (c = 2 * i + 1; c <= 2 * i + 2 && c < n; c++)
			if (ranked_before(&v[worst], &v[c]))
				worst = c;
		if (worst == i)
			return;
		t = v[i];
		v[i] = v[worst];
		v[worst] = t;
		i = worst;
	}
}

/* What a kept record's keyword search found, as numbers into b: the
 * patterns found with their counts in title and abstract, then each
 * field's spans.  Enough for %k, %s, --json and --color, so that no kept
 * record is searched twice. */
static void
found_save(const struct found *f, struct buf *b)
{
	size_t i;

	b->len = 0;
	buf_add(b, &f->nhit, sizeof(f->nhit));
	for (i = 0; i < f->nhit; i++) {
		buf_add(b, &f->hits[i], sizeof(*f->hits));
		buf_add(b, &f->tf[2 * f->hits[i]], 2 * sizeof(*f->tf));
	}
	for (i = 0; i < FieldLast; i++) {
		buf_add(b, &f->at[i].n, sizeof(f->at[i].n));
		buf_add(b, f->at[i].v, f->at[i].n * sizeof(*f->at[i].v));
	}
}

/* Puts back into f what found_save kept in b. */
static void
found_restore(struct found *f, size_t npatterns, const struct buf *b)
{
	const char *p = b->p;
	size_t n, i, k;

	found_begin(f, npatterns);
	memcpy(&n, p, sizeof(n));
	p += sizeof(n);
	for (i = 0; i < n; i++, p += sizeof(k) + 2 * sizeof(*f->tf)) {
		memcpy(&k, p, sizeof(k));
		found_add(f, k);
		memcpy(&f->tf[2 * k], p + sizeof(k), 2 * sizeof(*f->tf));
	}
	for (i = 0; i < FieldLast; i++) {
		memcpy(&n, p, sizeof(n));
		p += sizeof(n);
		for (k = 0; k < n; k++, p += sizeof(struct span)) {
			spans_add(&f->at[i], 0, 0);
			memcpy(&f->at[i].v[k], p, sizeof(struct span));
		}
	}
}

/* Keeps the selected record for --sort/--top.  A full heap cuts at once a
 * record that cannot be among the top ones, or gives it the buffers of the
 * one it displaces: memory stays at top records.  The heap is ordered once
 * full; until then nothing reads it. */
static void
rank_add(const struct query *q, struct run *run)
{
	struct ranking *rk = &run->rank;
	const struct record *rec = &run->rec;
	struct ranked r = { 0 }, *slot;
	size_t i;

	r.valued = rank_value(q, rec, &r.value);
	r.seq = rec->lineno;
	r.had_cr = rec->had_cr;
	r.when = rec->when;
	if (q->top && !q->keyed && rk->n == q->top) {
		run->st.cut++;
		if (!ranked_before(&r, &rk->v[0]))
			return;
		slot = &rk->v[0];
		r.line = slot->line;
		r.found = slot->found;
	} else {
		rk->v = grow(rk->v, &rk->cap, rk->n + 1, sizeof(*rk->v));
		slot = &rk->v[rk->n++];
	}
	r.line.len = 0;
	buf_add(&r.line, rec->line, rec->len + (size_t)rec->had_cr);
	found_save(&rec->keywords, &r.found);
	*slot = r;
	if (q->top && !q->keyed && rk->n == q->top)
		for (i = slot == rk->v ? 1 : rk->n / 2; i-- > 0; )
			heap_down(rk->v, rk->n, i);
}

/* Prints the kept records best first, each loaded again with what its
 * search found; of the records of one paper the first, the best, is
 * printed. */
static enum fault
rank_flush(const struct query *q, struct run *run, FILE *out)
{
	struct ranking *rk = &run->rank;
	struct record *rec = &run->rec;
	struct ranked *r;
	enum fault fault = Ok;
	size_t i;

	if (rk->n > 1)
		qsort(rk->v, rk->n, sizeof(*rk->v), ranked_cmp);
	for (i = 0; i < rk->n && fault == Ok; i++) {
		r = &rk->v[i];
		record_load(rec, r->line.p, r->line.len - (size_t)r->had_cr,
		    r->had_cr, r->seq);
		split_fields(rec, FieldLink, FieldLast);
		rec->when = r->when;
		found_restore(&rec->keywords, q->keywords.n, &r->found);
		if (paper_is_new(q, run))
			fault = print_record(q, run, out);
	}
	return fault;
}

/* Takes the current record, which passed selection: prints it now, or
 * keeps it for --sort, or cuts it for --top. */
static enum fault
take_record(const struct query *q, struct run *run, FILE *out)
{
	/* -m counts papers.  Under --sort the repeats of a paper are dropped
	 * only once all are ranked, so here each is counted once by its key. */
	if (q->limited && q->sort != SortNone && q->keyed) {
		if (!keyset_find(&run->taken, run->key.p, run->key.len))
			keyset_add(&run->taken, run->key.p, run->key.len, 0, 1);
		run->selected = run->taken.n;
	} else
		run->selected++;
	if (q->sort == SortNone)
		return print_record(q, run, out);
	rank_add(q, run);
	return Ok;
}

/* The one loop: reads records from in, writes the selected ones to out.
 * Exiting only when memory runs out (see nomem), it can be driven by a fuzz
 * target; returns Match, NoMatch or Error (read or write, reported here). */
static enum status
filter(const struct query *q, struct run *run, FILE *in, FILE *out)
{
	struct reader r = { .in = in, .cap = 1 << 16 };
	struct record *rec = &run->rec;
	unsigned long long lineno = 0;
	long long len = LineEnd;
	char *line;
	int had_cr;
	enum fault fault = Ok;
	size_t bom;

	r.buf = xrealloc(NULL, r.cap, 1);
	while (fault == Ok && !(q->limited && run->selected >= q->max_count) &&
	    (len = next_line(&r, &line)) >= 0) {
		lineno++;
		line += bom = bom_len(line, (size_t)len);
		len -= (long long)bom;
		if ((had_cr = len > 0 && line[len - 1] == '\r'))
			len--;
		if (is_blank_line(line, (size_t)len))
			continue;
		run->st.read++;
		record_load(rec, line, (size_t)len, had_cr, lineno);
		if (!record_head(q, &run->st, rec))
			continue;
		split_fields(rec, FieldLink, FieldLast);
		if (select_text(q, &run->st, rec) && paper_is_new(q, run))
			fault = take_record(q, run, out);
	}
	if (len == LineReadError)
		fault = ReadFault;
	if (fault == Ok && (fault = rank_flush(q, run, out)) == Ok)
		fault = write_end(q, run, out);
	if (fault == Ok && q->output == OutCount &&
	    fprintf(out, "%llu\n", run->st.printed) < 0)
		fault = WriteFault;
	/* Nothing is called after the read or write that failed: errno is
	 * still what it set. */
	if (fault != Ok)
		warnx("%s error: %s", fault == ReadFault ? "read" : "write",
		    strerror(errno ? errno : EIO));
	free(r.buf);
	if (fault != Ok || ferror(out))
		return Error;
	return run->st.printed ? Match : NoMatch;
}

/* --- the file of seen papers (--seen) --- */

/* path with a suffix, as a C string in b. */
static const char *
path_with(struct buf *b, const char *path, const char *suffix)
{
	b->len = 0;
	buf_adds(b, path);
	buf_adds(b, suffix);
	buf_addc(b, '\0');
	return b->p;
}

/* Follows symbolic links from path to the file, which need not exist yet:
 * FILE may be a link into a synced folder, and that file is rewritten.
 * Refuses what is not a regular file. */
static int
seen_target(const char *path, struct buf *target)
{
	char link[PATH_MAX];
	const char *slash;
	struct stat sb;
	ssize_t n;
	int hops, bad;

	path_with(target, path, "");
	for (hops = 0; hops < 40; hops++) {
		bad = lstat(target->p, &sb) < 0;
		if (bad ? errno == ENOENT : S_ISREG(sb.st_mode))
			return 0;
		if (bad || !S_ISLNK(sb.st_mode)) {
			warnx("%s: %s", target->p, bad ? strerror(errno) :
			    "not a regular file");
			return -1;
		}
		if ((n = readlink(target->p, link, sizeof(link))) < 0 ||
		    (size_t)n == sizeof(link)) {
			warnx("%s: %s", target->p, n < 0 ? strerror(errno) :
			    "link too long");
			return -1;
		}
		/* A relative link is read from the link's own directory. */
		slash = strrchr(target->p, '/');
		target->len = link[0] != '/' && slash ?
		    (size_t)(slash - target->p) + 1 : 0;
		buf_add(target, link, (size_t)n);
		buf_addc(target, '\0');
	}
	warnx("%s: too many symbolic links", path);
	return -1;
}

/* Locks FILE.lock with fcntl, which outlives our rename of FILE, so two
 * runs on one FILE take turns.  A run that cannot have the lock within
 * wait seconds gives up: a hanging mail command must not block every
 * later run without a word. */
static int
seen_lock(const char *path, long long wait)
{
	struct timespec pause = { 0, 100000000 };
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
	struct buf name = { 0 };
	long long tries = wait * 10;
	int fd;

	if ((fd = open(path_with(&name, path, ".lock"), O_RDWR | O_CREAT,
	    0666)) < 0)
		warnx("%s: %s", name.p, strerror(errno));
	while (fd >= 0 && fcntl(fd, F_SETLK, &fl) < 0) {
		if (errno == EINTR)
			continue;
		if (errno != EACCES && errno != EAGAIN)
			warnx("%s: lock: %s", name.p, strerror(errno));
		else if (tries-- > 0) {
			nanosleep(&pause, NULL);
			continue;
		} else
			warnx("%s is locked by another run", path);
		close(fd);
		fd = -1;
	}
	buf_free(&name);
	return fd;
}

/* Loads FILE into keys: lines "KEY YYYY-MM-DD", those older than
 * seen_days left out; no FILE is an empty one.  People edit FILE too: any
 * white space may part key and date, and blanks at either end and
 * byte-order marks are no data.  The date is the last word, so that keys
 * with spaces (papers 1.0 wrote some) still read. */
static int
seen_load(const char *path, struct keyset *keys, long long today,
    long long seen_days)
{
	FILE *fp;
	char *line = NULL, *key;
	size_t cap = 0, n, keylen, datelen;
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
	/* getline leaves errno alone at the end of the file. */
	while (errno = 0, (len = getline(&line, &cap, fp)) > 0) {
		lineno++;
		n = (size_t)len;
		while (n > 0 && is_space((unsigned char)line[n - 1]))
			n--;
		/* Blanks and byte-order marks before the key, in any order,
		 * so that what is written back reads back the same. */
		for (key = line; n > 0; key += keylen, n -= keylen)
			if (!(keylen = bom_len(key, n)) &&
			    !(keylen = (size_t)is_space((unsigned char)*key)))
				break;
		if (n == 0)
			continue;
		for (datelen = 0; datelen < n &&
		    !is_space((unsigned char)key[n - 1 - datelen]); datelen++)
			;
		for (keylen = n - datelen; keylen > 0 &&
		    is_space((unsigned char)key[keylen - 1]); keylen--)
			;
		if (keylen == 0 || parse_date(key + n - datelen, datelen, &when,
		    &has_time) < 0 || has_time) {
			warnx("%s: line %llu: not 'KEY YYYY-MM-DD'", path,
			    lineno);
			rv = -1;
			break;
		}
		/* An expired key no longer hides its paper. */
		if (when / 86400 >= today - seen_days &&
		    !keyset_find(keys, key, keylen))
			keyset_add(keys, key, keylen, when / 86400, 0);
	}
	if (rv == 0 && (ferror(fp) || (len < 0 && errno != 0))) {
		warnx("%s: %s", path, strerror(errno ? errno : EIO));
		rv = -1;
	}
	free(line);
	fclose(fp);
	return rv;
}

/* A rename is durable only once its directory is on disk too. */
static void
sync_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	struct buf dir = { 0 };
	int fd;

	path_with(&dir, slash ? path : ".", "");
	if (slash)
		dir.p[slash - path + (slash == path)] = '\0';
	if ((fd = open(dir.p, O_RDONLY)) >= 0) {
		fsync(fd);
		close(fd);
	}
	buf_free(&dir);
}

/* Opens FILE.tmp for the rewrite before anything is handed over: a FILE
 * that cannot be rewritten must stop the run before the mail goes out.
 * Only the lock's holder writes it, so the name is fixed; a leftover from
 * a killed run is removed and made anew. */
static FILE *
seen_prepare(const char *path, struct buf *tmp)
{
	mode_t mask = umask(0);
	struct stat sb;
	FILE *fp;
	int fd;

	umask(mask);
	path_with(tmp, path, ".tmp");
	/* Whatever is there, a link planted by someone else included, goes:
	 * the new file is made afresh and never followed. */
	if ((unlink(tmp->p) < 0 && errno != ENOENT) ||
	    (fd = open(tmp->p, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW,
	    0600)) < 0) {
		warnx("%s: cannot create temporary file %s: %s", path, tmp->p,
		    strerror(errno));
		return NULL;
	}
	/* The new FILE gets the old one's mode, or 0666 less the umask. */
	if (fchmod(fd, stat(path, &sb) == 0 ? sb.st_mode & 07777 :
	    0666 & ~mask) < 0 || !(fp = fdopen(fd, "w"))) {
		warnx("%s: %s", tmp->p, strerror(errno));
		close(fd);
		unlink(tmp->p);
		return NULL;
	}
	return fp;
}

/* Writes the keys not older than seen_days, "KEY YYYY-MM-DD", to the
 * prepared temporary file and renames it over FILE, fsync before and
 * after: a crash leaves the old or the new FILE. */
static int
seen_commit(FILE *fp, const char *tmp, const char *path,
    const struct keyset *keys, long long today, long long seen_days)
{
	struct buf line = { 0 };
	const struct key *k;
	size_t i;
	int werr = 0;

	/* A line at a time: --pipe has run, and memory must not fail now. */
	for (i = 0; !werr && i < keys->n; i++) {
		k = &keys->keys[i];
		if (k->day < today - seen_days)
			continue;
		line.len = 0;
		buf_add(&line, k->s, k->len);
		buf_addc(&line, ' ');
		put_day(&line, k->day * 86400, 0);
		buf_addc(&line, '\n');
		if (fwrite(line.p, 1, line.len, fp) != line.len)
			werr = errno ? errno : EIO;
	}
	if (!werr && (fflush(fp) == EOF || fsync(fileno(fp)) < 0))
		werr = errno ? errno : EIO;
	buf_free(&line);
	if (fclose(fp) == EOF && !werr)
		werr = errno ? errno : EIO;
	if (!werr && rename(tmp, path) < 0)
		werr = errno ? errno : EIO;
	if (!werr) {
		sync_dir(path);
		return 0;
	}
	warnx("%s: cannot update: %s", path, strerror(werr));
	unlink(tmp);
	return -1;
}

/* --- handing the digest over (--pipe) --- */

/* Runs cmd with the digest in digest as its standard input; 0 when it
 * exits 0.  With seen, a failure says that nothing was marked seen. */
static int
run_pipe(const char *cmd, FILE *digest, int seen)
{
	const char *nothing = seen ? "; nothing marked seen" : "";
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
		if (dup2(fileno(digest), STDIN_FILENO) >= 0)
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
		    WEXITSTATUS(status), nothing);
	else
		warnx("--pipe: command killed by signal %d%s", WTERMSIG(status),
		    nothing);
	return -1;
}

/* --- the command line --- */

enum {
	OptColor = 256, OptLockWait, OptPipe, OptRequireInput, OptSeen,
	OptSeenDays, OptSort, OptTop, OptType, OptKeywordsFrom, OptExcludeFrom,
	OptAuthorsFrom, OptIgnoreAccents, OptJson, OptEscape, OptHeader,
	OptFooter, OptSince, OptStats, OptStrict, OptUntil, OptWrap
};

/* Every option, once: parsing, the synopsis and --help all read this.  A
 * key below 256 is also the short option. */
static const struct optspec {
	int key;
	const char *name;
	const char *argname;    /* NULL: no value; --color's is optional */
	const char *help;       /* NULL: an alias, left out of --help */
} options[] = {
	{ 'a', "all", NULL, "a record must match every keyword, not any" },
	{ 'A', "author", "name", "keep records with this name among the "
	    "authors" },
	{ OptAuthorsFrom, "authors-from", "file", "-A for each line of FILE" },
	{ 'c', "count", NULL, "print only the number of selected records" },
	{ 'C', "category", "cat", "keep records in category CAT (cs.LG) or "
	    "archive (cs)" },
	{ OptColor, "color", "when", "highlight matches: auto (default), "
	    "always, never" },
	{ OptColor, "colour", "when", NULL },
	{ 'e', "keyword", "keyword", "a keyword, even one that "
	    "starts with '-'" },
	{ OptEscape, "escape", "how", "escape -f values for html, "
	    "csv or none" },
	{ OptExcludeFrom, "exclude-from", "file", "-x for each line of FILE" },
	{ 'f', "format", "format", "print each record as FORMAT "
	    "(default '%d  %t  %l')" },
	{ OptFooter, "footer", "format", "a last line (%n %d), when there are "
	    "records" },
	{ 'h', "help", NULL, "print this help and exit" },
	{ OptHeader, "header", "format", "a first line (%n %d), when there "
	    "are records" },
	{ 'i', "ignore-case", NULL, "accepted for grep's sake: case is "
	    "ignored anyway" },
	{ OptIgnoreAccents, "ignore-accents", NULL, "letters match whatever "
	    "their accents: e matches \xc3\xa9" },
	{ OptJson, "json", NULL, "one JSON object per record (JSON Lines)" },
	{ OptKeywordsFrom, "keywords-from", "file", "-e for each "
	    "line of FILE" },
	{ OptLockWait, "lock-wait", "secs", "wait at most SECS for the --seen "
	    "lock (default 300)" },
	{ 'm', "max-count", "num", "stop after NUM selected papers" },
	{ OptPipe, "pipe", "cmd", "run CMD with the digest as input, if there "
	    "is one" },
	{ 'q', "quiet", NULL, "print nothing; the exit status tells" },
	{ 'r', "raw", NULL, "print selected lines exactly as read" },
	{ OptRequireInput, "require-input", NULL, "exit 2 when the input has "
	    "no records" },
	{ 's', "case-sensitive", NULL, "do not fold case" },
	{ OptSeen, "seen", "file", "skip papers listed in FILE; add the new "
	    "ones" },
	{ OptSeenDays, "seen-days", "num", "forget seen papers after NUM days "
	    "(default 90)" },
	{ OptSince, "since", "date", "keep records dated DATE or later" },
	{ OptSort, "sort", "key", "print best first by KEY: relevance, "
	    "popularity, date" },
	{ OptStats, "stats", NULL, "print counts on standard error at the "
	    "end" },
	{ OptStrict, "strict", NULL, "exit 2 when any record was malformed" },
	{ 't', "title", NULL, "keywords and excludes look at the title only" },
	{ OptTop, "top", "num", "print at most the NUM best records" },
	{ OptType, "type", "list", "keep these arXiv announce types "
	    "(new,cross,...)" },
	{ 'u', "unique", NULL, "print each paper once" },
	{ OptUntil, "until", "date", "keep records dated DATE or earlier" },
	{ 'V', "version", NULL, "print the version and exit" },
	{ 'w', "word", NULL, "match whole words only" },
	{ OptWrap, "wrap", "cols", "break output lines longer than COLS "
	    "columns" },
	{ 'x', "exclude", "keyword", "drop records with this keyword" },
};

/* The option named name[0 .. len), or with no name the short option c. */
static const struct optspec *
find_option(const char *name, size_t len, int c)
{
	const struct optspec *o;

	for (o = options; o < options + LEN(options); o++)
		if (name ? strlen(o->name) == len &&
		    !strncmp(o->name, name, len) : o->key == c)
			return o;
	return NULL;
}

/* Adds an item to the synopsis, breaking lines before 80 columns. */
static void
synopsis_item(FILE *fp, size_t *col, const char *item)
{
	size_t n = strlen(item);

	if (*col + 1 + n > 79) {
		fputs("\n             ", fp);
		*col = 13;
	}
	fprintf(fp, " %s", item);
	*col += 1 + n;
}

/* The synopsis, made from the option table. */
static void
usage(FILE *fp)
{
	const struct optspec *o, *end = options + LEN(options);
	char item[64], flags[32], *f = flags;
	size_t col;

	for (o = options; o < end; o++)
		if (o->key < 256 && !o->argname)
			*f++ = (char)o->key;
	*f = '\0';
	fprintf(fp, "usage: %s [-%s]", argv0, flags);
	col = strlen("usage:  [-]") + strlen(argv0) + strlen(flags);
	for (o = options; o < end; o++)
		if (o->key < 256 && o->argname) {
			snprintf(item, sizeof(item), "[-%c %s]", o->key,
			    o->argname);
			synopsis_item(fp, &col, item);
		}
	for (o = options; o < end; o++) {
		if (o->key < 256 || !o->help)
			continue;
		snprintf(item, sizeof(item), !o->argname ? "[--%s]" :
		    o->key != OptColor ? "[--%s %s]" : "[--%s[=%s]]", o->name,
		    o->argname);
		synopsis_item(fp, &col, item);
	}
	synopsis_item(fp, &col, "[keyword ...]");
	fputc('\n', fp);
}

/* --help: the synopsis and a line for every option. */
static void
help(FILE *fp)
{
	const struct optspec *o;
	char left[64], arg[24];
	size_t k;

	usage(fp);
	fputs("\nSelect paper records (TAB-separated: date, title, link, "
	    "abstract, authors, ...)\nfrom standard input by keyword, author "
	    "and date; print a digest.\n\n", fp);
	for (o = options; o < options + LEN(options); o++) {
		if (!o->help)
			continue;
		for (k = 0; o->argname && o->argname[k] && k < 15; k++)
			arg[k] = (char)(o->argname[k] - 'a' + 'A');
		arg[k] = '\0';
		snprintf(left, sizeof(left), "%c%c%c --%s%s%s%s",
		    o->key < 256 ? '-' : ' ', o->key < 256 ? o->key : ' ',
		    o->key < 256 ? ',' : ' ', o->name,
		    o->key == OptColor ? "[=" : o->argname ? "=" : "", arg,
		    o->key == OptColor ? "]" : "");
		fprintf(fp, "  %-24s %s\n", left, o->help);
	}
	fputs("\nWith no keyword every record matches.  Exit status: 0 "
	    "selected, 1 none, 2 error.\nThe README is the manual.\n", fp);
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
	if ((!ISDIGIT(*s) && !(*s == '-' && ISDIGIT(s[1]))) || *end) {
		warnx("%s: '%s' is not a number", opt, s);
		return -1;
	}
	if (errno == ERANGE || v < lo || v > hi) {
		warnx("%s: '%s' is out of range (%lld to %lld)", opt, s,
		    lo, hi);
		return -1;
	}
	*out = v;
	return 0;
}

/* Is s nothing but combining marks and white space, some marks, so that
 * no letter is left once accents are ignored? */
static int
only_marks(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s), i = 0;
	uint32_t c;
	int marks = 0;

	while (i < n) {
		i += utf8_decode(p + i, n - i, &c);
		if (is_accent_mark(c))
			marks = 1;
		else if (c >= 0x80 || !is_space((unsigned char)c))
			return 0;
	}
	return marks;
}

/* Adds a keyword, author or category from src (an option, or line lineno
 * of a list file, where no entry is empty).  One of combining marks alone
 * is noted: a later --ignore-accents would leave nothing of it. */
static int
add_keyword(struct options *opt, struct arglist *l, const char *src,
    unsigned long lineno, const char *arg)
{
	const char *fmt = lineno ? "%s: line %lu: empty keyword once accents "
	    "are ignored" : "%s: empty keyword once accents are ignored";
	int n;

	if (*arg == '\0') {
		warnx("%s: empty keyword", src);
		return -1;
	}
	if (!opt->marks_only && only_marks(arg)) {
		n = snprintf(NULL, 0, fmt, src, lineno);
		opt->marks_only = xrealloc(NULL, (size_t)n + 1, 1);
		snprintf(opt->marks_only, (size_t)n + 1, fmt, src, lineno);
	}
	l->v = grow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	l->v[l->n++] = arg;
	return 0;
}

/* The words --color, --sort, --escape and --type take, in the order their
 * messages list them, and what each stands for (--sort's in enum order). */
static const char *const color_words[] = { "auto", "always", "never" };
static const int color_values[] = { -1, 1, 0 };
static const char *const sort_words[] = { "relevance", "popularity", "date" };
static const char *const escape_words[] = { "html", "csv", "none" };
static const enum escape escape_values[] = { EscapeHtml, EscapeCsv,
	EscapeNone };

/* Which of words[0 .. n) is s[0 .. len), or -1 and, when there is a
 * name to say it by, "'s' is not a, b or c". */
static int
parse_word(const char *name, const char *s, size_t len,
    const char *const *words, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (strlen(words[k]) == len && !strncmp(s, words[k], len))
			return (int)k;
	if (!name)
		return -1;
	fprintf(stderr, "%s: %s: '%.*s' is not ", argv0, name, (int)len, s);
	for (k = 0; k < n; k++)
		fprintf(stderr, "%s%s", words[k], k + 2 < n ? ", " :
		    k + 1 < n ? " or " : "\n");
	return -1;
}

/* Is s[0..n) valid UTF-8 with no NUL?  -1 and why not, naming the line. */
static int
check_list_line(const char *path, unsigned long lineno, const char *s,
    size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	uint32_t c;

	if (memchr(s, '\0', n)) {
		warnx("%s: line %lu: NUL byte", path, lineno);
		return -1;
	}
	while (i < n) {
		i += utf8_decode(p + i, n - i, &c);
		if (c & BADBYTE) {
			warnx("%s: line %lu: invalid UTF-8", path, lineno);
			return -1;
		}
	}
	return 0;
}

/* Adds the entries of a list file to l: one a line, trimmed, blank lines
 * and "#" comments skipped, CRLF read as LF.  opt keeps a copy of each
 * entry, no more, since lists run to thousands of lines. */
static int
read_list(struct options *opt, struct arglist *l, const char *path)
{
	FILE *fp;
	char *line = NULL, *s, *e, *entry;
	size_t cap = 0, before = l->n;
	unsigned long lineno = 0;
	ssize_t len;
	int rv = 0;

	if (!(fp = fopen(path, "r"))) {
		warnx("%s: %s", path, strerror(errno));
		return -1;
	}
	/* getline leaves errno alone at the end of the file. */
	while (rv == 0 && (errno = 0, (len = getline(&line, &cap, fp)) > 0)) {
		e = line + len - (line[len - 1] == '\n');
		if ((rv = check_list_line(path, ++lineno, line,
		    (size_t)(e - line))) < 0)
			break;
		for (s = line + bom_len(line, (size_t)(e - line)); s < e &&
		    is_space((unsigned char)*s); s++)
			;
		for (; e > s && is_space((unsigned char)e[-1]); e--)
			;
		if (s == e || *s == '#')
			continue;
		*e = '\0';
		opt->buffers.v = grow(opt->buffers.v, &opt->buffers.cap,
		    opt->buffers.n + 1, sizeof(*opt->buffers.v));
		entry = memcpy(xrealloc(NULL, (size_t)(e - s) + 1, 1), s,
		    (size_t)(e - s) + 1);
		opt->buffers.v[opt->buffers.n++] = entry;
		rv = add_keyword(opt, l, path, lineno, entry);
	}
	if (rv == 0 && (ferror(fp) || (len < 0 && errno != 0))) {
		warnx("%s: %s", path, strerror(errno ? errno : EIO));
		rv = -1;
	}
	if (rv == 0 && l->n == before)
		warnx("%s: no entries", path);
	free(line);
	fclose(fp);
	return rv;
}

/* A category to keep: letters, digits, '.', '-' and '_', no empty one. */
static int
add_category(struct options *opt, const char *name, const char *arg)
{
	if (!*arg || strspn(arg, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_") != strlen(arg)) {
		warnx("%s: '%s' is not a category such as cs.LG or cs",
		    name, arg);
		return -1;
	}
	return add_keyword(opt, &opt->categories, name, 0, arg);
}

/* --type=new,cross,...: the announce types to keep. */
static int
parse_types(struct options *opt, const char *name, const char *val)
{
	const char *p = val, *comma;
	int t;

	for (;; p = comma + 1) {
		comma = p + strcspn(p, ",");
		if ((t = parse_word(name, p, (size_t)(comma - p), type_names,
		    TypeLast)) < 0)
			return -1;
		opt->types |= 1u << t;
		if (!*comma)
			return 0;
	}
}

/* Acts on one option, -h and -i doing nothing; -1 on a bad value
 * (reported).  With no opt it only says whether the option is -h. */
static int
apply_option(struct options *opt, int key, const char *name, const char *val)
{
	int k;

	if (!opt)
		return key == 'h';
	switch (key) {
	case 'a': opt->all = 1; break;
	case 'c': opt->count = 1; break;
	case 'q': opt->quiet = 1; break;
	case 'r': opt->raw = 1; break;
	case 's': opt->case_sensitive = 1; break;
	case 't': opt->title_only = 1; break;
	case 'u': opt->unique = 1; break;
	case 'V': opt->version = 1; break;
	case 'w': opt->word = 1; break;
	case 'A': return add_keyword(opt, &opt->authors, name, 0, val);
	case 'e': return add_keyword(opt, &opt->keywords, name, 0, val);
	case 'x': return add_keyword(opt, &opt->excludes, name, 0, val);
	case 'C': return add_category(opt, name, val);
	case OptJson: opt->json = 1; break;
	case OptHeader: opt->header = val; break;
	case OptFooter: opt->footer = val; break;
	case OptEscape:
		if ((k = parse_word(name, val, strlen(val), escape_words,
		    LEN(escape_words))) < 0)
			return -1;
		opt->escape = escape_values[k];
		break;
	case OptIgnoreAccents: opt->ignore_accents = 1; break;
	case OptKeywordsFrom:
		opt->keyword_lists++;
		return read_list(opt, &opt->keywords, val);
	case OptExcludeFrom: return read_list(opt, &opt->excludes, val);
	case OptAuthorsFrom:
		opt->author_lists++;
		return read_list(opt, &opt->authors, val);
	case 'f': opt->format = val; break;
	case 'm': return parse_number(name, val, 0, LLONG_MAX, &opt->max_count);
	case OptColor:
		if ((k = parse_word(name, val ? val : "auto",
		    val ? strlen(val) : 4, color_words, LEN(color_words))) < 0)
			return -1;
		opt->color = color_values[k];
		break;
	case OptLockWait:
	case OptSeenDays:
		return parse_number(name, val, 0, 1000000, key == OptLockWait ?
		    &opt->lock_wait : &opt->seen_days);
	case OptPipe:
	case OptSeen:
		if (!*val) {
			warnx("%s: empty %s", name, key == OptPipe ? "command" :
			    "file name");
			return -1;
		}
		*(key == OptPipe ? &opt->pipe_cmd : &opt->seen_path) = val;
		break;
	case OptRequireInput: opt->require_input = 1; break;
	case OptSince:
	case OptUntil:
		if (parse_bound(val, key == OptUntil, opt->today,
		    key == OptUntil ? &opt->until : &opt->since) < 0) {
			warnx("%s: invalid date '%s'", name, val);
			return -1;
		}
		break;
	case OptSort:
		if ((k = parse_word(name, val, strlen(val), sort_words,
		    LEN(sort_words))) < 0)
			return -1;
		opt->sort = (enum sortkey)(SortRelevance + k);
		break;
	case OptType: return parse_types(opt, name, val);
	case OptTop: return parse_number(name, val, 1, LLONG_MAX, &opt->top);
	case OptStats: opt->stats = 1; break;
	case OptStrict: opt->strict = 1; break;
	case OptWrap: return parse_number(name, val, 1, 10000, &opt->wrap);
	}
	return 0;
}

static int
parse_long(struct options *opt, char **argv, int *i)
{
	const char *arg = argv[*i] + 2, *eq = strchr(arg, '='), *val = NULL;
	size_t len = eq ? (size_t)(eq - arg) : strlen(arg);
	const struct optspec *o = find_option(arg, len, 0);
	const char *why = NULL;
	char name[64];

	snprintf(name, sizeof(name), "--%.*s", (int)(len < 40 ? len : 40), arg);
	if (!o)
		why = "unknown option '%s'";
	else if (!opt && o->key == 'h')
		return 1;
	else if (eq && !o->argname)
		why = "option '%s' takes no value";
	else if (!eq && o->argname && o->key != OptColor && !argv[*i + 1])
		why = "option '%s' needs a value";
	if (why) {
		if (opt)
			warnx(why, name);
		return -1;
	}
	/* "--color always" means --color=always, not the keyword. */
	if (eq)
		val = eq + 1;
	else if (o->argname && argv[*i + 1] && (o->key != OptColor ||
	    parse_word(NULL, argv[*i + 1], strlen(argv[*i + 1]), color_words,
	    LEN(color_words)) >= 0))
		val = argv[++*i];
	return apply_option(opt, o->key, name, val);
}

static int
parse_short(struct options *opt, char **argv, int *i)
{
	const char *p = argv[*i] + 1;
	const struct optspec *o;
	char name[3] = "-?";

	for (; *p; p++) {
		name[1] = *p;
		if (!(o = find_option(NULL, 0, (unsigned char)*p)) && !opt)
			continue;
		if (!o || (o->argname && !p[1] && !argv[*i + 1])) {
			if (opt)
				warnx(o ? "option '%s' needs a value" :
				    "unknown option '%s'", name);
			return -1;
		}
		if (o->argname)
			return apply_option(opt, o->key, name, p[1] ? p + 1 :
			    argv[++*i]);
		if (apply_option(opt, o->key, name, NULL))
			return 1;       /* -h looked for: a flag cannot fail */
	}
	return 0;
}

/* Parses the command line like GNU getopt_long, options and keywords in
 * any order: "--" ends the options, "-" alone is a keyword.  With no opt
 * it reports nothing and says whether -h or --help is there, 1: help wins
 * over every other word, a bad one included, so main looks first. */
static int
parse_args(struct options *opt, int argc, char **argv)
{
	int i, rv = 0, done = 0;

	for (i = 1; (rv == 0 || (rv < 0 && !opt)) && i < argc; i++) {
		if (!done && !strcmp(argv[i], "--"))
			done = 1;
		else if (done || argv[i][0] != '-' || !argv[i][1])
			rv = opt ? add_keyword(opt, &opt->keywords, "keyword",
			    0, argv[i]) : 0;
		else if (argv[i][1] == '-')
			rv = parse_long(opt, argv, &i);
		else
			rv = parse_short(opt, argv, &i);
	}
	return rv;
}

static void
options_init(struct options *opt)
{
	memset(opt, 0, sizeof(*opt));
	opt->since = LLONG_MIN;
	opt->until = LLONG_MAX;
	opt->max_count = -1;
	opt->seen_days = 90;
	opt->lock_wait = 300;
	opt->color = -1;         /* auto */
}

static void
options_free(struct options *opt)
{
	size_t i;

	free(opt->keywords.v);
	free(opt->excludes.v);
	free(opt->authors.v);
	free(opt->categories.v);
	for (i = 0; i < opt->buffers.n; i++)
		free((char *)opt->buffers.v[i]);
	free(opt->buffers.v);
	free(opt->marks_only);
}

static void
query_free(struct query *q)
{
	matcher_free(&q->keywords);
	matcher_free(&q->excludes);
	matcher_free(&q->authors);
	format_free(&q->fmt);
	format_free(&q->header);
	format_free(&q->footer);
}

/* Options that make no sense together, each said in one sentence. */
static int
conflicts(const struct options *opt)
{
	const char *why = NULL;

	if (opt->raw && opt->format)
		why = "-r and -f cannot be used together";
	else if (opt->json && (opt->raw || opt->format))
		why = "--json prints whole records: not with -r or -f";
	else if (opt->json && opt->wrap)
		why = "--json lines are not wrapped: not with --wrap";
	else if (opt->raw && opt->wrap)
		why = "-r prints lines as read: not with --wrap";
	else if (opt->quiet && opt->pipe_cmd)
		why = "-q prints nothing, so --pipe would run CMD on nothing: "
		    "not together";
	else if (opt->escape != EscapeNone && (opt->raw || opt->json))
		why = "--escape is for -f: not with -r or --json";
	else if (opt->escape == EscapeCsv && opt->wrap)
		why = "a wrapped CSV line is no longer one row: "
		    "not --escape=csv with --wrap";
	else if (opt->escape != EscapeNone && opt->color > 0)
		why = "--color=always writes escape sequences: "
		    "not with --escape";
	else if (opt->ignore_accents)
		why = opt->marks_only;
	if (why)
		warnx("%s", why);
	return why ? -1 : 0;
}

/* Checks option combinations, settles what was left to be decided, and
 * compiles the query; on failure nothing of it is left allocated. */
static int
validate(const struct options *opt, struct query *q)
{
	const char *no_color = getenv("NO_COLOR");
	int fold_case = !opt->case_sensitive, color = opt->color;

	memset(q, 0, sizeof(*q));
	if (conflicts(opt) < 0)
		return -1;
	if ((opt->header && compile_format(&q->header, opt->header,
	    "--header", "nd", 0) < 0) || (opt->footer &&
	    compile_format(&q->footer, opt->footer, "--footer", "nd", 0) < 0) ||
	    compile_format(&q->fmt, opt->format ? opt->format :
	    default_format, "format", CONVERSIONS "123456789", 1) < 0) {
		query_free(q);
		return -1;
	}
	q->headed = opt->header != NULL;
	q->footed = opt->footer != NULL;
	q->hold = format_uses(&q->header, 'n');
	q->output = opt->quiet ? OutQuiet : opt->count ? OutCount :
	    opt->raw ? OutRaw : opt->json ? OutJson : OutFormat;
	/* Auto means a person is watching: never when the digest goes to
	 * --pipe, whatever standard output is, nor into escaped output. */
	if (color < 0)
		color = !opt->pipe_cmd && !opt->json &&
		    opt->escape == EscapeNone && isatty(STDOUT_FILENO) &&
		    !(no_color && *no_color);
	q->fmt.color = color && !opt->raw && !opt->count && !opt->quiet;
	q->fmt.escape = q->header.escape = q->footer.escape = opt->escape;
	q->fmt.wrap = q->header.wrap = q->footer.wrap = (size_t)opt->wrap;
	if (opt->all || format_uses(&q->fmt, 'k'))
		q->depth = FindEach;
	if (q->fmt.color || opt->sort == SortRelevance || opt->json ||
	    format_uses(&q->fmt, 's'))
		q->depth = FindEvery;
	q->categories = &opt->categories;
	q->types = opt->types;
	q->all = opt->all;
	q->title_only = opt->title_only;
	q->windowed = opt->since != LLONG_MIN || opt->until != LLONG_MAX;
	q->since = opt->since;
	q->until = opt->until;
	q->sort = opt->sort;
	q->top = (unsigned long long)opt->top;
	q->limited = opt->max_count >= 0;
	q->max_count = (unsigned long long)opt->max_count;
	q->keyed = opt->unique || opt->seen_path;
	q->today = opt->today;
	/* An empty profile matches nothing (other -e keywords aside). */
	q->matches_nothing = (opt->keyword_lists && !opt->keywords.n) ||
	    (opt->author_lists && !opt->authors.n);
	matcher_compile(&q->keywords, opt->keywords.v, opt->keywords.n,
	    fold_case, opt->word, opt->ignore_accents);
	matcher_compile(&q->excludes, opt->excludes.v, opt->excludes.n,
	    fold_case, opt->word, opt->ignore_accents);
	matcher_compile(&q->authors, opt->authors.v, opt->authors.n,
	    fold_case, opt->word, opt->ignore_accents);
	return 0;
}

/* --- after the filter --- */

static void
print_stats(const struct stats *s)
{
	fprintf(stderr, "%s: read %llu malformed %llu outside %llu "
	    "matched %llu excluded %llu duplicates %llu seen %llu cut %llu "
	    "printed %llu\n",
	    argv0, s->read, s->malformed, s->outside, s->matched, s->excluded,
	    s->duplicates, s->seen, s->cut, s->printed);
}

/* Flushes and checks an output stream, so a full disk is an error. */
static int
check_output(FILE *fp)
{
	errno = 0;
	if (fflush(fp) == EOF || ferror(fp)) {
		warnx("write error: %s", strerror(errno ? errno : EIO));
		return -1;
	}
	return 0;
}

/* A closed standard descriptor would be handed out again by open(), and
 * the digest could land in the lock file.  Each one closed is opened on
 * /dev/null the wrong way round, so using it still fails loudly. */
static void
guard_std_fds(void)
{
	int fd;

	for (fd = 0; fd <= 2; fd++)
		if (fcntl(fd, F_GETFD) < 0 && errno == EBADF &&
		    open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY) != fd)
			_exit(Error);
}

#ifndef PAPERS_NO_MAIN
/* Opens the --seen file (seen: where it really is), its lock, and the
 * --pipe spool; -1 when one fails (reported). */
static int
open_run(const struct options *opt, struct run *run, struct buf *seen,
    int *lockfd, FILE **out)
{
	if (opt->seen_path && (seen_target(opt->seen_path, seen) < 0 ||
	    (*lockfd = seen_lock(seen->p, opt->lock_wait)) < 0 ||
	    seen_load(seen->p, &run->keys, opt->today, opt->seen_days) < 0))
		return -1;
	/* --pipe keeps the digest aside until it is known to be complete. */
	if (opt->pipe_cmd && !(*out = tmpfile())) {
		warnx("--pipe: cannot keep the digest: %s", strerror(errno));
		return -1;
	}
	return 0;
}

/* After the filter: flush the digest, check --strict and
 * --require-input, make sure FILE can be rewritten, hand the digest to
 * --pipe, and only when all went well mark papers seen.  A run that is
 * going to fail hands nothing over. */
static enum status
deliver(const struct options *opt, const struct run *run, const char *seen,
    enum status rv, FILE *out)
{
	struct buf tmp = { 0 };
	FILE *fp = NULL;

	/* The filter has reported any write error it met itself. */
	if ((!ferror(out) && check_output(out) < 0) ||
	    (opt->strict && run->st.malformed))
		rv = Error;
	/* With -m 0 nothing is read on purpose. */
	if (rv != Error && opt->require_input && run->st.read == 0 &&
	    opt->max_count != 0) {
		warnx("no input records");
		rv = Error;
	}
	if (rv != Error && opt->seen_path && !(fp = seen_prepare(seen, &tmp)))
		rv = Error;
	if (rv == Match && opt->pipe_cmd &&
	    run_pipe(opt->pipe_cmd, out, opt->seen_path != NULL) < 0)
		rv = Error;
	if (fp && rv == Error) {
		fclose(fp);
		unlink(tmp.p);
	} else if (fp && seen_commit(fp, tmp.p, seen, &run->keys, opt->today,
	    opt->seen_days) < 0)
		rv = Error;
	buf_free(&tmp);
	return rv;
}

int
main(int argc, char *argv[])
{
	static char outbuf[1 << 16];
	struct options opt;
	struct query q;
	struct run run;
	struct buf seen = { 0 };
	enum status rv = Error;
	int lockfd = -1;
	FILE *out = stdout;

	guard_std_fds();
	options_init(&opt);
	if (today_days(&opt.today) < 0)
		return Error;
	if (parse_args(NULL, argc, argv) > 0) {
		help(stdout);
		return check_output(stdout) < 0 ? Error : Match;
	}
	if (parse_args(&opt, argc, argv) < 0 || validate(&opt, &q) < 0) {
		usage(stderr);
		fprintf(stderr, "Try '%s --help' for more information.\n",
		    argv0);
		options_free(&opt);
		return Error;
	}
	if (opt.version) {
		puts("papers " VERSION);
		rv = check_output(stdout) < 0 ? Error : Match;
	} else {
		if (!isatty(STDOUT_FILENO))
			setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
		run_init(&run, &q);
		if (open_run(&opt, &run, &seen, &lockfd, &out) == 0) {
			rv = deliver(&opt, &run, seen.p, filter(&q, &run, stdin,
			    out), out);
			if (opt.stats)
				print_stats(&run.st);
		}
		run_free(&run);
	}
	if (out != stdout)
		fclose(out);
	if (lockfd >= 0)
		close(lockfd);
	buf_free(&seen);
	query_free(&q);
	options_free(&opt);
	return rv;
}
#endif

/* --- tables: case folding, widths, grapheme clusters, accents --- */

/*
 * The tables below are made by test/tools/gen-tables from Debian's
 * unicode-data (Unicode 15.0), and test/tables.bats checks that they
 * agree with it.  Each is sorted for a binary search.
 */

/* A range of code points and what they are. */
struct urange {
	uint32_t lo, hi;
	unsigned char v;
};

static const struct urange *
urange_find(const struct urange *t, size_t n, uint32_t c)
{
	size_t lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (c < t[mid].lo)
			hi = mid;
		else if (c > t[mid].hi)
			lo = mid + 1;
		else
			return &t[mid];
	}
	return NULL;
}

/*
 * Simple case folding (status C and S of CaseFolding.txt) of U+00B5 and
 * U+00C0..U+052F: Latin-1 Supplement, Latin Extended-A and -B, Greek and
 * Cyrillic.  Folds into ASCII (U+017F LONG S to s) are left out on
 * purpose, so that an ASCII keyword only ever matches ASCII text.
 */
static const uint16_t folds[][2] = {
/* BEGIN TABLE folds */
	{ 0x00b5, 0x03bc },
	{ 0x00c0, 0x00e0 },
	{ 0x00c1, 0x00e1 },
	{ 0x00c2, 0x00e2 },
	{ 0x00c3, 0x00e3 },
	{ 0x00c4, 0x00e4 },
	{ 0x00c5, 0x00e5 },
	{ 0x00c6, 0x00e6 },
	{ 0x00c7, 0x00e7 },
	{ 0x00c8, 0x00e8 },
	{ 0x00c9, 0x00e9 },
	{ 0x00ca, 0x00ea },
	{ 0x00cb, 0x00eb },
	{ 0x00cc, 0x00ec },
	{ 0x00cd, 0x00ed },
	{ 0x00ce, 0x00ee },
	{ 0x00cf, 0x00ef },
	{ 0x00d0, 0x00f0 },
	{ 0x00d1, 0x00f1 },
	{ 0x00d2, 0x00f2 },
	{ 0x00d3, 0x00f3 },
	{ 0x00d4, 0x00f4 },
	{ 0x00d5, 0x00f5 },
	{ 0x00d6, 0x00f6 },
	{ 0x00d8, 0x00f8 },
	{ 0x00d9, 0x00f9 },
	{ 0x00da, 0x00fa },
	{ 0x00db, 0x00fb },
	{ 0x00dc, 0x00fc },
	{ 0x00dd, 0x00fd },
	{ 0x00de, 0x00fe },
	{ 0x0100, 0x0101 },
	{ 0x0102, 0x0103 },
	{ 0x0104, 0x0105 },
	{ 0x0106, 0x0107 },
	{ 0x0108, 0x0109 },
	{ 0x010a, 0x010b },
	{ 0x010c, 0x010d },
	{ 0x010e, 0x010f },
	{ 0x0110, 0x0111 },
	{ 0x0112, 0x0113 },
	{ 0x0114, 0x0115 },
	{ 0x0116, 0x0117 },
	{ 0x0118, 0x0119 },
	{ 0x011a, 0x011b },
	{ 0x011c, 0x011d },
	{ 0x011e, 0x011f },
	{ 0x0120, 0x0121 },
	{ 0x0122, 0x0123 },
	{ 0x0124, 0x0125 },
	{ 0x0126, 0x0127 },
	{ 0x0128, 0x0129 },
	{ 0x012a, 0x012b },
	{ 0x012c, 0x012d },
	{ 0x012e, 0x012f },
	{ 0x0132, 0x0133 },
	{ 0x0134, 0x0135 },
	{ 0x0136, 0x0137 },
	{ 0x0139, 0x013a },
	{ 0x013b, 0x013c },
	{ 0x013d, 0x013e },
	{ 0x013f, 0x0140 },
	{ 0x0141, 0x0142 },
	{ 0x0143, 0x0144 },
	{ 0x0145, 0x0146 },
	{ 0x0147, 0x0148 },
	{ 0x014a, 0x014b },
	{ 0x014c, 0x014d },
	{ 0x014e, 0x014f },
	{ 0x0150, 0x0151 },
	{ 0x0152, 0x0153 },
	{ 0x0154, 0x0155 },
	{ 0x0156, 0x0157 },
	{ 0x0158, 0x0159 },
	{ 0x015a, 0x015b },
	{ 0x015c, 0x015d },
	{ 0x015e, 0x015f },
	{ 0x0160, 0x0161 },
	{ 0x0162, 0x0163 },
	{ 0x0164, 0x0165 },
	{ 0x0166, 0x0167 },
	{ 0x0168, 0x0169 },
	{ 0x016a, 0x016b },
	{ 0x016c, 0x016d },
	{ 0x016e, 0x016f },
	{ 0x0170, 0x0171 },
	{ 0x0172, 0x0173 },
	{ 0x0174, 0x0175 },
	{ 0x0176, 0x0177 },
	{ 0x0178, 0x00ff },
	{ 0x0179, 0x017a },
	{ 0x017b, 0x017c },
	{ 0x017d, 0x017e },
	{ 0x0181, 0x0253 },
	{ 0x0182, 0x0183 },
	{ 0x0184, 0x0185 },
	{ 0x0186, 0x0254 },
	{ 0x0187, 0x0188 },
	{ 0x0189, 0x0256 },
	{ 0x018a, 0x0257 },
	{ 0x018b, 0x018c },
	{ 0x018e, 0x01dd },
	{ 0x018f, 0x0259 },
	{ 0x0190, 0x025b },
	{ 0x0191, 0x0192 },
	{ 0x0193, 0x0260 },
	{ 0x0194, 0x0263 },
	{ 0x0196, 0x0269 },
	{ 0x0197, 0x0268 },
	{ 0x0198, 0x0199 },
	{ 0x019c, 0x026f },
	{ 0x019d, 0x0272 },
	{ 0x019f, 0x0275 },
	{ 0x01a0, 0x01a1 },
	{ 0x01a2, 0x01a3 },
	{ 0x01a4, 0x01a5 },
	{ 0x01a6, 0x0280 },
	{ 0x01a7, 0x01a8 },
	{ 0x01a9, 0x0283 },
	{ 0x01ac, 0x01ad },
	{ 0x01ae, 0x0288 },
	{ 0x01af, 0x01b0 },
	{ 0x01b1, 0x028a },
	{ 0x01b2, 0x028b },
	{ 0x01b3, 0x01b4 },
	{ 0x01b5, 0x01b6 },
	{ 0x01b7, 0x0292 },
	{ 0x01b8, 0x01b9 },
	{ 0x01bc, 0x01bd },
	{ 0x01c4, 0x01c6 },
	{ 0x01c5, 0x01c6 },
	{ 0x01c7, 0x01c9 },
	{ 0x01c8, 0x01c9 },
	{ 0x01ca, 0x01cc },
	{ 0x01cb, 0x01cc },
	{ 0x01cd, 0x01ce },
	{ 0x01cf, 0x01d0 },
	{ 0x01d1, 0x01d2 },
	{ 0x01d3, 0x01d4 },
	{ 0x01d5, 0x01d6 },
	{ 0x01d7, 0x01d8 },
	{ 0x01d9, 0x01da },
	{ 0x01db, 0x01dc },
	{ 0x01de, 0x01df },
	{ 0x01e0, 0x01e1 },
	{ 0x01e2, 0x01e3 },
	{ 0x01e4, 0x01e5 },
	{ 0x01e6, 0x01e7 },
	{ 0x01e8, 0x01e9 },
	{ 0x01ea, 0x01eb },
	{ 0x01ec, 0x01ed },
	{ 0x01ee, 0x01ef },
	{ 0x01f1, 0x01f3 },
	{ 0x01f2, 0x01f3 },
	{ 0x01f4, 0x01f5 },
	{ 0x01f6, 0x0195 },
	{ 0x01f7, 0x01bf },
	{ 0x01f8, 0x01f9 },
	{ 0x01fa, 0x01fb },
	{ 0x01fc, 0x01fd },
	{ 0x01fe, 0x01ff },
	{ 0x0200, 0x0201 },
	{ 0x0202, 0x0203 },
	{ 0x0204, 0x0205 },
	{ 0x0206, 0x0207 },
	{ 0x0208, 0x0209 },
	{ 0x020a, 0x020b },
	{ 0x020c, 0x020d },
	{ 0x020e, 0x020f },
	{ 0x0210, 0x0211 },
	{ 0x0212, 0x0213 },
	{ 0x0214, 0x0215 },
	{ 0x0216, 0x0217 },
	{ 0x0218, 0x0219 },
	{ 0x021a, 0x021b },
	{ 0x021c, 0x021d },
	{ 0x021e, 0x021f },
	{ 0x0220, 0x019e },
	{ 0x0222, 0x0223 },
	{ 0x0224, 0x0225 },
	{ 0x0226, 0x0227 },
	{ 0x0228, 0x0229 },
	{ 0x022a, 0x022b },
	{ 0x022c, 0x022d },
	{ 0x022e, 0x022f },
	{ 0x0230, 0x0231 },
	{ 0x0232, 0x0233 },
	{ 0x023a, 0x2c65 },
	{ 0x023b, 0x023c },
	{ 0x023d, 0x019a },
	{ 0x023e, 0x2c66 },
	{ 0x0241, 0x0242 },
	{ 0x0243, 0x0180 },
	{ 0x0244, 0x0289 },
	{ 0x0245, 0x028c },
	{ 0x0246, 0x0247 },
	{ 0x0248, 0x0249 },
	{ 0x024a, 0x024b },
	{ 0x024c, 0x024d },
	{ 0x024e, 0x024f },
	{ 0x0345, 0x03b9 },
	{ 0x0370, 0x0371 },
	{ 0x0372, 0x0373 },
	{ 0x0376, 0x0377 },
	{ 0x037f, 0x03f3 },
	{ 0x0386, 0x03ac },
	{ 0x0388, 0x03ad },
	{ 0x0389, 0x03ae },
	{ 0x038a, 0x03af },
	{ 0x038c, 0x03cc },
	{ 0x038e, 0x03cd },
	{ 0x038f, 0x03ce },
	{ 0x0391, 0x03b1 },
	{ 0x0392, 0x03b2 },
	{ 0x0393, 0x03b3 },
	{ 0x0394, 0x03b4 },
	{ 0x0395, 0x03b5 },
	{ 0x0396, 0x03b6 },
	{ 0x0397, 0x03b7 },
	{ 0x0398, 0x03b8 },
	{ 0x0399, 0x03b9 },
	{ 0x039a, 0x03ba },
	{ 0x039b, 0x03bb },
	{ 0x039c, 0x03bc },
	{ 0x039d, 0x03bd },
	{ 0x039e, 0x03be },
	{ 0x039f, 0x03bf },
	{ 0x03a0, 0x03c0 },
	{ 0x03a1, 0x03c1 },
	{ 0x03a3, 0x03c3 },
	{ 0x03a4, 0x03c4 },
	{ 0x03a5, 0x03c5 },
	{ 0x03a6, 0x03c6 },
	{ 0x03a7, 0x03c7 },
	{ 0x03a8, 0x03c8 },
	{ 0x03a9, 0x03c9 },
	{ 0x03aa, 0x03ca },
	{ 0x03ab, 0x03cb },
	{ 0x03c2, 0x03c3 },
	{ 0x03cf, 0x03d7 },
	{ 0x03d0, 0x03b2 },
	{ 0x03d1, 0x03b8 },
	{ 0x03d5, 0x03c6 },
	{ 0x03d6, 0x03c0 },
	{ 0x03d8, 0x03d9 },
	{ 0x03da, 0x03db },
	{ 0x03dc, 0x03dd },
	{ 0x03de, 0x03df },
	{ 0x03e0, 0x03e1 },
	{ 0x03e2, 0x03e3 },
	{ 0x03e4, 0x03e5 },
	{ 0x03e6, 0x03e7 },
	{ 0x03e8, 0x03e9 },
	{ 0x03ea, 0x03eb },
	{ 0x03ec, 0x03ed },
	{ 0x03ee, 0x03ef },
	{ 0x03f0, 0x03ba },
	{ 0x03f1, 0x03c1 },
	{ 0x03f4, 0x03b8 },
	{ 0x03f5, 0x03b5 },
	{ 0x03f7, 0x03f8 },
	{ 0x03f9, 0x03f2 },
	{ 0x03fa, 0x03fb },
	{ 0x03fd, 0x037b },
	{ 0x03fe, 0x037c },
	{ 0x03ff, 0x037d },
	{ 0x0400, 0x0450 },
	{ 0x0401, 0x0451 },
	{ 0x0402, 0x0452 },
	{ 0x0403, 0x0453 },
	{ 0x0404, 0x0454 },
	{ 0x0405, 0x0455 },
	{ 0x0406, 0x0456 },
	{ 0x0407, 0x0457 },
	{ 0x0408, 0x0458 },
	{ 0x0409, 0x0459 },
	{ 0x040a, 0x045a },
	{ 0x040b, 0x045b },
	{ 0x040c, 0x045c },
	{ 0x040d, 0x045d },
	{ 0x040e, 0x045e },
	{ 0x040f, 0x045f },
	{ 0x0410, 0x0430 },
	{ 0x0411, 0x0431 },
	{ 0x0412, 0x0432 },
	{ 0x0413, 0x0433 },
	{ 0x0414, 0x0434 },
	{ 0x0415, 0x0435 },
	{ 0x0416, 0x0436 },
	{ 0x0417, 0x0437 },
	{ 0x0418, 0x0438 },
	{ 0x0419, 0x0439 },
	{ 0x041a, 0x043a },
	{ 0x041b, 0x043b },
	{ 0x041c, 0x043c },
	{ 0x041d, 0x043d },
	{ 0x041e, 0x043e },
	{ 0x041f, 0x043f },
	{ 0x0420, 0x0440 },
	{ 0x0421, 0x0441 },
	{ 0x0422, 0x0442 },
	{ 0x0423, 0x0443 },
	{ 0x0424, 0x0444 },
	{ 0x0425, 0x0445 },
	{ 0x0426, 0x0446 },
	{ 0x0427, 0x0447 },
	{ 0x0428, 0x0448 },
	{ 0x0429, 0x0449 },
	{ 0x042a, 0x044a },
	{ 0x042b, 0x044b },
	{ 0x042c, 0x044c },
	{ 0x042d, 0x044d },
	{ 0x042e, 0x044e },
	{ 0x042f, 0x044f },
	{ 0x0460, 0x0461 },
	{ 0x0462, 0x0463 },
	{ 0x0464, 0x0465 },
	{ 0x0466, 0x0467 },
	{ 0x0468, 0x0469 },
	{ 0x046a, 0x046b },
	{ 0x046c, 0x046d },
	{ 0x046e, 0x046f },
	{ 0x0470, 0x0471 },
	{ 0x0472, 0x0473 },
	{ 0x0474, 0x0475 },
	{ 0x0476, 0x0477 },
	{ 0x0478, 0x0479 },
	{ 0x047a, 0x047b },
	{ 0x047c, 0x047d },
	{ 0x047e, 0x047f },
	{ 0x0480, 0x0481 },
	{ 0x048a, 0x048b },
	{ 0x048c, 0x048d },
	{ 0x048e, 0x048f },
	{ 0x0490, 0x0491 },
	{ 0x0492, 0x0493 },
	{ 0x0494, 0x0495 },
	{ 0x0496, 0x0497 },
	{ 0x0498, 0x0499 },
	{ 0x049a, 0x049b },
	{ 0x049c, 0x049d },
	{ 0x049e, 0x049f },
	{ 0x04a0, 0x04a1 },
	{ 0x04a2, 0x04a3 },
	{ 0x04a4, 0x04a5 },
	{ 0x04a6, 0x04a7 },
	{ 0x04a8, 0x04a9 },
	{ 0x04aa, 0x04ab },
	{ 0x04ac, 0x04ad },
	{ 0x04ae, 0x04af },
	{ 0x04b0, 0x04b1 },
	{ 0x04b2, 0x04b3 },
	{ 0x04b4, 0x04b5 },
	{ 0x04b6, 0x04b7 },
	{ 0x04b8, 0x04b9 },
	{ 0x04ba, 0x04bb },
	{ 0x04bc, 0x04bd },
	{ 0x04be, 0x04bf },
	{ 0x04c0, 0x04cf },
	{ 0x04c1, 0x04c2 },
	{ 0x04c3, 0x04c4 },
	{ 0x04c5, 0x04c6 },
	{ 0x04c7, 0x04c8 },
	{ 0x04c9, 0x04ca },
	{ 0x04cb, 0x04cc },
	{ 0x04cd, 0x04ce },
	{ 0x04d0, 0x04d1 },
	{ 0x04d2, 0x04d3 },
	{ 0x04d4, 0x04d5 },
	{ 0x04d6, 0x04d7 },
	{ 0x04d8, 0x04d9 },
	{ 0x04da, 0x04db },
	{ 0x04dc, 0x04dd },
	{ 0x04de, 0x04df },
	{ 0x04e0, 0x04e1 },
	{ 0x04e2, 0x04e3 },
	{ 0x04e4, 0x04e5 },
	{ 0x04e6, 0x04e7 },
	{ 0x04e8, 0x04e9 },
	{ 0x04ea, 0x04eb },
	{ 0x04ec, 0x04ed },
	{ 0x04ee, 0x04ef },
	{ 0x04f0, 0x04f1 },
	{ 0x04f2, 0x04f3 },
	{ 0x04f4, 0x04f5 },
	{ 0x04f6, 0x04f7 },
	{ 0x04f8, 0x04f9 },
	{ 0x04fa, 0x04fb },
	{ 0x04fc, 0x04fd },
	{ 0x04fe, 0x04ff },
	{ 0x0500, 0x0501 },
	{ 0x0502, 0x0503 },
	{ 0x0504, 0x0505 },
	{ 0x0506, 0x0507 },
	{ 0x0508, 0x0509 },
	{ 0x050a, 0x050b },
	{ 0x050c, 0x050d },
	{ 0x050e, 0x050f },
	{ 0x0510, 0x0511 },
	{ 0x0512, 0x0513 },
	{ 0x0514, 0x0515 },
	{ 0x0516, 0x0517 },
	{ 0x0518, 0x0519 },
	{ 0x051a, 0x051b },
	{ 0x051c, 0x051d },
	{ 0x051e, 0x051f },
	{ 0x0520, 0x0521 },
	{ 0x0522, 0x0523 },
	{ 0x0524, 0x0525 },
	{ 0x0526, 0x0527 },
	{ 0x0528, 0x0529 },
	{ 0x052a, 0x052b },
	{ 0x052c, 0x052d },
	{ 0x052e, 0x052f },
/* END TABLE folds */
};

static uint32_t
fold(uint32_t c)
{
	size_t lo = 0, hi = LEN(folds), mid;

	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (c < 0xb5 || c > 0x052f)
		return c;
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (folds[mid][0] == c)
			return folds[mid][1];
		if (folds[mid][0] < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return c;
}

/*
 * Display columns that are not 1: 0 for nonspacing and enclosing marks,
 * format characters and Hangul medial vowels and final consonants; 2 for
 * East Asian Wide and Fullwidth (UAX #11) and emoji presented as emoji.
 * Our own table, so that widths do not depend on the locale.
 */
static const struct urange widths[] = {
/* BEGIN TABLE widths */
	{ 0x00ad, 0x00ad, 0 },
	{ 0x0300, 0x036f, 0 },
	{ 0x0483, 0x0489, 0 },
	{ 0x0591, 0x05bd, 0 },
	{ 0x05bf, 0x05bf, 0 },
	{ 0x05c1, 0x05c2, 0 },
	{ 0x05c4, 0x05c5, 0 },
	{ 0x05c7, 0x05c7, 0 },
	{ 0x0600, 0x0605, 0 },
	{ 0x0610, 0x061a, 0 },
	{ 0x061c, 0x061c, 0 },
	{ 0x064b, 0x065f, 0 },
	{ 0x0670, 0x0670, 0 },
	{ 0x06d6, 0x06dd, 0 },
	{ 0x06df, 0x06e4, 0 },
	{ 0x06e7, 0x06e8, 0 },
	{ 0x06ea, 0x06ed, 0 },
	{ 0x070f, 0x070f, 0 },
	{ 0x0711, 0x0711, 0 },
	{ 0x0730, 0x074a, 0 },
	{ 0x07a6, 0x07b0, 0 },
	{ 0x07eb, 0x07f3, 0 },
	{ 0x07fd, 0x07fd, 0 },
	{ 0x0816, 0x0819, 0 },
	{ 0x081b, 0x0823, 0 },
	{ 0x0825, 0x0827, 0 },
	{ 0x0829, 0x082d, 0 },
	{ 0x0859, 0x085b, 0 },
	{ 0x0890, 0x0891, 0 },
	{ 0x0898, 0x089f, 0 },
	{ 0x08ca, 0x0902, 0 },
	{ 0x093a, 0x093a, 0 },
	{ 0x093c, 0x093c, 0 },
	{ 0x0941, 0x0948, 0 },
	{ 0x094d, 0x094d, 0 },
	{ 0x0951, 0x0957, 0 },
	{ 0x0962, 0x0963, 0 },
	{ 0x0981, 0x0981, 0 },
	{ 0x09bc, 0x09bc, 0 },
	{ 0x09c1, 0x09c4, 0 },
	{ 0x09cd, 0x09cd, 0 },
	{ 0x09e2, 0x09e3, 0 },
	{ 0x09fe, 0x09fe, 0 },
	{ 0x0a01, 0x0a02, 0 },
	{ 0x0a3c, 0x0a3c, 0 },
	{ 0x0a41, 0x0a42, 0 },
	{ 0x0a47, 0x0a48, 0 },
	{ 0x0a4b, 0x0a4d, 0 },
	{ 0x0a51, 0x0a51, 0 },
	{ 0x0a70, 0x0a71, 0 },
	{ 0x0a75, 0x0a75, 0 },
	{ 0x0a81, 0x0a82, 0 },
	{ 0x0abc, 0x0abc, 0 },
	{ 0x0ac1, 0x0ac5, 0 },
	{ 0x0ac7, 0x0ac8, 0 },
	{ 0x0acd, 0x0acd, 0 },
	{ 0x0ae2, 0x0ae3, 0 },
	{ 0x0afa, 0x0aff, 0 },
	{ 0x0b01, 0x0b01, 0 },
	{ 0x0b3c, 0x0b3c, 0 },
	{ 0x0b3f, 0x0b3f, 0 },
	{ 0x0b41, 0x0b44, 0 },
	{ 0x0b4d, 0x0b4d, 0 },
	{ 0x0b55, 0x0b56, 0 },
	{ 0x0b62, 0x0b63, 0 },
	{ 0x0b82, 0x0b82, 0 },
	{ 0x0bc0, 0x0bc0, 0 },
	{ 0x0bcd, 0x0bcd, 0 },
	{ 0x0c00, 0x0c00, 0 },
	{ 0x0c04, 0x0c04, 0 },
	{ 0x0c3c, 0x0c3c, 0 },
	{ 0x0c3e, 0x0c40, 0 },
	{ 0x0c46, 0x0c48, 0 },
	{ 0x0c4a, 0x0c4d, 0 },
	{ 0x0c55, 0x0c56, 0 },
	{ 0x0c62, 0x0c63, 0 },
	{ 0x0c81, 0x0c81, 0 },
	{ 0x0cbc, 0x0cbc, 0 },
	{ 0x0cbf, 0x0cbf, 0 },
	{ 0x0cc6, 0x0cc6, 0 },
	{ 0x0ccc, 0x0ccd, 0 },
	{ 0x0ce2, 0x0ce3, 0 },
	{ 0x0d00, 0x0d01, 0 },
	{ 0x0d3b, 0x0d3c, 0 },
	{ 0x0d41, 0x0d44, 0 },
	{ 0x0d4d, 0x0d4d, 0 },
	{ 0x0d62, 0x0d63, 0 },
	{ 0x0d81, 0x0d81, 0 },
	{ 0x0dca, 0x0dca, 0 },
	{ 0x0dd2, 0x0dd4, 0 },
	{ 0x0dd6, 0x0dd6, 0 },
	{ 0x0e31, 0x0e31, 0 },
	{ 0x0e34, 0x0e3a, 0 },
	{ 0x0e47, 0x0e4e, 0 },
	{ 0x0eb1, 0x0eb1, 0 },
	{ 0x0eb4, 0x0ebc, 0 },
	{ 0x0ec8, 0x0ece, 0 },
	{ 0x0f18, 0x0f19, 0 },
	{ 0x0f35, 0x0f35, 0 },
	{ 0x0f37, 0x0f37, 0 },
	{ 0x0f39, 0x0f39, 0 },
	{ 0x0f71, 0x0f7e, 0 },
	{ 0x0f80, 0x0f84, 0 },
	{ 0x0f86, 0x0f87, 0 },
	{ 0x0f8d, 0x0f97, 0 },
	{ 0x0f99, 0x0fbc, 0 },
	{ 0x0fc6, 0x0fc6, 0 },
	{ 0x102d, 0x1030, 0 },
	{ 0x1032, 0x1037, 0 },
	{ 0x1039, 0x103a, 0 },
	{ 0x103d, 0x103e, 0 },
	{ 0x1058, 0x1059, 0 },
	{ 0x105e, 0x1060, 0 },
	{ 0x1071, 0x1074, 0 },
	{ 0x1082, 0x1082, 0 },
	{ 0x1085, 0x1086, 0 },
	{ 0x108d, 0x108d, 0 },
	{ 0x109d, 0x109d, 0 },
	{ 0x1100, 0x115f, 2 },
	{ 0x1160, 0x11ff, 0 },
	{ 0x135d, 0x135f, 0 },
	{ 0x1712, 0x1714, 0 },
	{ 0x1732, 0x1733, 0 },
	{ 0x1752, 0x1753, 0 },
	{ 0x1772, 0x1773, 0 },
	{ 0x17b4, 0x17b5, 0 },
	{ 0x17b7, 0x17bd, 0 },
	{ 0x17c6, 0x17c6, 0 },
	{ 0x17c9, 0x17d3, 0 },
	{ 0x17dd, 0x17dd, 0 },
	{ 0x180b, 0x180f, 0 },
	{ 0x1885, 0x1886, 0 },
	{ 0x18a9, 0x18a9, 0 },
	{ 0x1920, 0x1922, 0 },
	{ 0x1927, 0x1928, 0 },
	{ 0x1932, 0x1932, 0 },
	{ 0x1939, 0x193b, 0 },
	{ 0x1a17, 0x1a18, 0 },
	{ 0x1a1b, 0x1a1b, 0 },
	{ 0x1a56, 0x1a56, 0 },
	{ 0x1a58, 0x1a5e, 0 },
	{ 0x1a60, 0x1a60, 0 },
	{ 0x1a62, 0x1a62, 0 },
	{ 0x1a65, 0x1a6c, 0 },
	{ 0x1a73, 0x1a7c, 0 },
	{ 0x1a7f, 0x1a7f, 0 },
	{ 0x1ab0, 0x1ace, 0 },
	{ 0x1b00, 0x1b03, 0 },
	{ 0x1b34, 0x1b34, 0 },
	{ 0x1b36, 0x1b3a, 0 },
	{ 0x1b3c, 0x1b3c, 0 },
	{ 0x1b42, 0x1b42, 0 },
	{ 0x1b6b, 0x1b73, 0 },
	{ 0x1b80, 0x1b81, 0 },
	{ 0x1ba2, 0x1ba5, 0 },
	{ 0x1ba8, 0x1ba9, 0 },
	{ 0x1bab, 0x1bad, 0 },
	{ 0x1be6, 0x1be6, 0 },
	{ 0x1be8, 0x1be9, 0 },
	{ 0x1bed, 0x1bed, 0 },
	{ 0x1bef, 0x1bf1, 0 },
	{ 0x1c2c, 0x1c33, 0 },
	{ 0x1c36, 0x1c37, 0 },
	{ 0x1cd0, 0x1cd2, 0 },
	{ 0x1cd4, 0x1ce0, 0 },
	{ 0x1ce2, 0x1ce8, 0 },
	{ 0x1ced, 0x1ced, 0 },
	{ 0x1cf4, 0x1cf4, 0 },
	{ 0x1cf8, 0x1cf9, 0 },
	{ 0x1dc0, 0x1dff, 0 },
	{ 0x200b, 0x200f, 0 },
	{ 0x202a, 0x202e, 0 },
	{ 0x2060, 0x2064, 0 },
	{ 0x2066, 0x206f, 0 },
	{ 0x20d0, 0x20f0, 0 },
	{ 0x231a, 0x231b, 2 },
	{ 0x2329, 0x232a, 2 },
	{ 0x23e9, 0x23ec, 2 },
	{ 0x23f0, 0x23f0, 2 },
	{ 0x23f3, 0x23f3, 2 },
	{ 0x25fd, 0x25fe, 2 },
	{ 0x2614, 0x2615, 2 },
	{ 0x2648, 0x2653, 2 },
	{ 0x267f, 0x267f, 2 },
	{ 0x2693, 0x2693, 2 },
	{ 0x26a1, 0x26a1, 2 },
	{ 0x26aa, 0x26ab, 2 },
	{ 0x26bd, 0x26be, 2 },
	{ 0x26c4, 0x26c5, 2 },
	{ 0x26ce, 0x26ce, 2 },
	{ 0x26d4, 0x26d4, 2 },
	{ 0x26ea, 0x26ea, 2 },
	{ 0x26f2, 0x26f3, 2 },
	{ 0x26f5, 0x26f5, 2 },
	{ 0x26fa, 0x26fa, 2 },
	{ 0x26fd, 0x26fd, 2 },
	{ 0x2705, 0x2705, 2 },
	{ 0x270a, 0x270b, 2 },
	{ 0x2728, 0x2728, 2 },
	{ 0x274c, 0x274c, 2 },
	{ 0x274e, 0x274e, 2 },
	{ 0x2753, 0x2755, 2 },
	{ 0x2757, 0x2757, 2 },
	{ 0x2795, 0x2797, 2 },
	{ 0x27b0, 0x27b0, 2 },
	{ 0x27bf, 0x27bf, 2 },
	{ 0x2b1b, 0x2b1c, 2 },
	{ 0x2b50, 0x2b50, 2 },
	{ 0x2b55, 0x2b55, 2 },
	{ 0x2cef, 0x2cf1, 0 },
	{ 0x2d7f, 0x2d7f, 0 },
	{ 0x2de0, 0x2dff, 0 },
	{ 0x2e80, 0x2e99, 2 },
	{ 0x2e9b, 0x2ef3, 2 },
	{ 0x2f00, 0x2fd5, 2 },
	{ 0x2ff0, 0x2ffb, 2 },
	{ 0x3000, 0x3029, 2 },
	{ 0x302a, 0x302d, 0 },
	{ 0x302e, 0x303e, 2 },
	{ 0x3041, 0x3096, 2 },
	{ 0x3099, 0x309a, 0 },
	{ 0x309b, 0x30ff, 2 },
	{ 0x3105, 0x312f, 2 },
	{ 0x3131, 0x318e, 2 },
	{ 0x3190, 0x31e3, 2 },
	{ 0x31f0, 0x321e, 2 },
	{ 0x3220, 0x3247, 2 },
	{ 0x3250, 0x4dbf, 2 },
	{ 0x4e00, 0xa48c, 2 },
	{ 0xa490, 0xa4c6, 2 },
	{ 0xa66f, 0xa672, 0 },
	{ 0xa674, 0xa67d, 0 },
	{ 0xa69e, 0xa69f, 0 },
	{ 0xa6f0, 0xa6f1, 0 },
	{ 0xa802, 0xa802, 0 },
	{ 0xa806, 0xa806, 0 },
	{ 0xa80b, 0xa80b, 0 },
	{ 0xa825, 0xa826, 0 },
	{ 0xa82c, 0xa82c, 0 },
	{ 0xa8c4, 0xa8c5, 0 },
	{ 0xa8e0, 0xa8f1, 0 },
	{ 0xa8ff, 0xa8ff, 0 },
	{ 0xa926, 0xa92d, 0 },
	{ 0xa947, 0xa951, 0 },
	{ 0xa960, 0xa97c, 2 },
	{ 0xa980, 0xa982, 0 },
	{ 0xa9b3, 0xa9b3, 0 },
	{ 0xa9b6, 0xa9b9, 0 },
	{ 0xa9bc, 0xa9bd, 0 },
	{ 0xa9e5, 0xa9e5, 0 },
	{ 0xaa29, 0xaa2e, 0 },
	{ 0xaa31, 0xaa32, 0 },
	{ 0xaa35, 0xaa36, 0 },
	{ 0xaa43, 0xaa43, 0 },
	{ 0xaa4c, 0xaa4c, 0 },
	{ 0xaa7c, 0xaa7c, 0 },
	{ 0xaab0, 0xaab0, 0 },
	{ 0xaab2, 0xaab4, 0 },
	{ 0xaab7, 0xaab8, 0 },
	{ 0xaabe, 0xaabf, 0 },
	{ 0xaac1, 0xaac1, 0 },
	{ 0xaaec, 0xaaed, 0 },
	{ 0xaaf6, 0xaaf6, 0 },
	{ 0xabe5, 0xabe5, 0 },
	{ 0xabe8, 0xabe8, 0 },
	{ 0xabed, 0xabed, 0 },
	{ 0xac00, 0xd7a3, 2 },
	{ 0xd7b0, 0xd7c6, 0 },
	{ 0xd7cb, 0xd7fb, 0 },
	{ 0xf900, 0xfaff, 2 },
	{ 0xfb1e, 0xfb1e, 0 },
	{ 0xfe00, 0xfe0f, 0 },
	{ 0xfe10, 0xfe19, 2 },
	{ 0xfe20, 0xfe2f, 0 },
	{ 0xfe30, 0xfe52, 2 },
	{ 0xfe54, 0xfe66, 2 },
	{ 0xfe68, 0xfe6b, 2 },
	{ 0xfeff, 0xfeff, 0 },
	{ 0xff01, 0xff60, 2 },
	{ 0xffe0, 0xffe6, 2 },
	{ 0xfff9, 0xfffb, 0 },
	{ 0x101fd, 0x101fd, 0 },
	{ 0x102e0, 0x102e0, 0 },
	{ 0x10376, 0x1037a, 0 },
	{ 0x10a01, 0x10a03, 0 },
	{ 0x10a05, 0x10a06, 0 },
	{ 0x10a0c, 0x10a0f, 0 },
	{ 0x10a38, 0x10a3a, 0 },
	{ 0x10a3f, 0x10a3f, 0 },
	{ 0x10ae5, 0x10ae6, 0 },
	{ 0x10d24, 0x10d27, 0 },
	{ 0x10eab, 0x10eac, 0 },
	{ 0x10efd, 0x10eff, 0 },
	{ 0x10f46, 0x10f50, 0 },
	{ 0x10f82, 0x10f85, 0 },
	{ 0x11001, 0x11001, 0 },
	{ 0x11038, 0x11046, 0 },
	{ 0x11070, 0x11070, 0 },
	{ 0x11073, 0x11074, 0 },
	{ 0x1107f, 0x11081, 0 },
	{ 0x110b3, 0x110b6, 0 },
	{ 0x110b9, 0x110ba, 0 },
	{ 0x110bd, 0x110bd, 0 },
	{ 0x110c2, 0x110c2, 0 },
	{ 0x110cd, 0x110cd, 0 },
	{ 0x11100, 0x11102, 0 },
	{ 0x11127, 0x1112b, 0 },
	{ 0x1112d, 0x11134, 0 },
	{ 0x11173, 0x11173, 0 },
	{ 0x11180, 0x11181, 0 },
	{ 0x111b6, 0x111be, 0 },
	{ 0x111c9, 0x111cc, 0 },
	{ 0x111cf, 0x111cf, 0 },
	{ 0x1122f, 0x11231, 0 },
	{ 0x11234, 0x11234, 0 },
	{ 0x11236, 0x11237, 0 },
	{ 0x1123e, 0x1123e, 0 },
	{ 0x11241, 0x11241, 0 },
	{ 0x112df, 0x112df, 0 },
	{ 0x112e3, 0x112ea, 0 },
	{ 0x11300, 0x11301, 0 },
	{ 0x1133b, 0x1133c, 0 },
	{ 0x11340, 0x11340, 0 },
	{ 0x11366, 0x1136c, 0 },
	{ 0x11370, 0x11374, 0 },
	{ 0x11438, 0x1143f, 0 },
	{ 0x11442, 0x11444, 0 },
	{ 0x11446, 0x11446, 0 },
	{ 0x1145e, 0x1145e, 0 },
	{ 0x114b3, 0x114b8, 0 },
	{ 0x114ba, 0x114ba, 0 },
	{ 0x114bf, 0x114c0, 0 },
	{ 0x114c2, 0x114c3, 0 },
	{ 0x115b2, 0x115b5, 0 },
	{ 0x115bc, 0x115bd, 0 },
	{ 0x115bf, 0x115c0, 0 },
	{ 0x115dc, 0x115dd, 0 },
	{ 0x11633, 0x1163a, 0 },
	{ 0x1163d, 0x1163d, 0 },
	{ 0x1163f, 0x11640, 0 },
	{ 0x116ab, 0x116ab, 0 },
	{ 0x116ad, 0x116ad, 0 },
	{ 0x116b0, 0x116b5, 0 },
	{ 0x116b7, 0x116b7, 0 },
	{ 0x1171d, 0x1171f, 0 },
	{ 0x11722, 0x11725, 0 },
	{ 0x11727, 0x1172b, 0 },
	{ 0x1182f, 0x11837, 0 },
	{ 0x11839, 0x1183a, 0 },
	{ 0x1193b, 0x1193c, 0 },
	{ 0x1193e, 0x1193e, 0 },
	{ 0x11943, 0x11943, 0 },
	{ 0x119d4, 0x119d7, 0 },
	{ 0x119da, 0x119db, 0 },
	{ 0x119e0, 0x119e0, 0 },
	{ 0x11a01, 0x11a0a, 0 },
	{ 0x11a33, 0x11a38, 0 },
	{ 0x11a3b, 0x11a3e, 0 },
	{ 0x11a47, 0x11a47, 0 },
	{ 0x11a51, 0x11a56, 0 },
	{ 0x11a59, 0x11a5b, 0 },
	{ 0x11a8a, 0x11a96, 0 },
	{ 0x11a98, 0x11a99, 0 },
	{ 0x11c30, 0x11c36, 0 },
	{ 0x11c38, 0x11c3d, 0 },
	{ 0x11c3f, 0x11c3f, 0 },
	{ 0x11c92, 0x11ca7, 0 },
	{ 0x11caa, 0x11cb0, 0 },
	{ 0x11cb2, 0x11cb3, 0 },
	{ 0x11cb5, 0x11cb6, 0 },
	{ 0x11d31, 0x11d36, 0 },
	{ 0x11d3a, 0x11d3a, 0 },
	{ 0x11d3c, 0x11d3d, 0 },
	{ 0x11d3f, 0x11d45, 0 },
	{ 0x11d47, 0x11d47, 0 },
	{ 0x11d90, 0x11d91, 0 },
	{ 0x11d95, 0x11d95, 0 },
	{ 0x11d97, 0x11d97, 0 },
	{ 0x11ef3, 0x11ef4, 0 },
	{ 0x11f00, 0x11f01, 0 },
	{ 0x11f36, 0x11f3a, 0 },
	{ 0x11f40, 0x11f40, 0 },
	{ 0x11f42, 0x11f42, 0 },
	{ 0x13430, 0x13440, 0 },
	{ 0x13447, 0x13455, 0 },
	{ 0x16af0, 0x16af4, 0 },
	{ 0x16b30, 0x16b36, 0 },
	{ 0x16f4f, 0x16f4f, 0 },
	{ 0x16f8f, 0x16f92, 0 },
	{ 0x16fe0, 0x16fe3, 2 },
	{ 0x16fe4, 0x16fe4, 0 },
	{ 0x16ff0, 0x16ff1, 2 },
	{ 0x17000, 0x187f7, 2 },
	{ 0x18800, 0x18cd5, 2 },
	{ 0x18d00, 0x18d08, 2 },
	{ 0x1aff0, 0x1aff3, 2 },
	{ 0x1aff5, 0x1affb, 2 },
	{ 0x1affd, 0x1affe, 2 },
	{ 0x1b000, 0x1b122, 2 },
	{ 0x1b132, 0x1b132, 2 },
	{ 0x1b150, 0x1b152, 2 },
	{ 0x1b155, 0x1b155, 2 },
	{ 0x1b164, 0x1b167, 2 },
	{ 0x1b170, 0x1b2fb, 2 },
	{ 0x1bc9d, 0x1bc9e, 0 },
	{ 0x1bca0, 0x1bca3, 0 },
	{ 0x1cf00, 0x1cf2d, 0 },
	{ 0x1cf30, 0x1cf46, 0 },
	{ 0x1d167, 0x1d169, 0 },
	{ 0x1d173, 0x1d182, 0 },
	{ 0x1d185, 0x1d18b, 0 },
	{ 0x1d1aa, 0x1d1ad, 0 },
	{ 0x1d242, 0x1d244, 0 },
	{ 0x1da00, 0x1da36, 0 },
	{ 0x1da3b, 0x1da6c, 0 },
	{ 0x1da75, 0x1da75, 0 },
	{ 0x1da84, 0x1da84, 0 },
	{ 0x1da9b, 0x1da9f, 0 },
	{ 0x1daa1, 0x1daaf, 0 },
	{ 0x1e000, 0x1e006, 0 },
	{ 0x1e008, 0x1e018, 0 },
	{ 0x1e01b, 0x1e021, 0 },
	{ 0x1e023, 0x1e024, 0 },
	{ 0x1e026, 0x1e02a, 0 },
	{ 0x1e08f, 0x1e08f, 0 },
	{ 0x1e130, 0x1e136, 0 },
	{ 0x1e2ae, 0x1e2ae, 0 },
	{ 0x1e2ec, 0x1e2ef, 0 },
	{ 0x1e4ec, 0x1e4ef, 0 },
	{ 0x1e8d0, 0x1e8d6, 0 },
	{ 0x1e944, 0x1e94a, 0 },
	{ 0x1f004, 0x1f004, 2 },
	{ 0x1f0cf, 0x1f0cf, 2 },
	{ 0x1f18e, 0x1f18e, 2 },
	{ 0x1f191, 0x1f19a, 2 },
	{ 0x1f1e6, 0x1f202, 2 },
	{ 0x1f210, 0x1f23b, 2 },
	{ 0x1f240, 0x1f248, 2 },
	{ 0x1f250, 0x1f251, 2 },
	{ 0x1f260, 0x1f265, 2 },
	{ 0x1f300, 0x1f320, 2 },
	{ 0x1f32d, 0x1f335, 2 },
	{ 0x1f337, 0x1f37c, 2 },
	{ 0x1f37e, 0x1f393, 2 },
	{ 0x1f3a0, 0x1f3ca, 2 },
	{ 0x1f3cf, 0x1f3d3, 2 },
	{ 0x1f3e0, 0x1f3f0, 2 },
	{ 0x1f3f4, 0x1f3f4, 2 },
	{ 0x1f3f8, 0x1f43e, 2 },
	{ 0x1f440, 0x1f440, 2 },
	{ 0x1f442, 0x1f4fc, 2 },
	{ 0x1f4ff, 0x1f53d, 2 },
	{ 0x1f54b, 0x1f54e, 2 },
	{ 0x1f550, 0x1f567, 2 },
	{ 0x1f57a, 0x1f57a, 2 },
	{ 0x1f595, 0x1f596, 2 },
	{ 0x1f5a4, 0x1f5a4, 2 },
	{ 0x1f5fb, 0x1f64f, 2 },
	{ 0x1f680, 0x1f6c5, 2 },
	{ 0x1f6cc, 0x1f6cc, 2 },
	{ 0x1f6d0, 0x1f6d2, 2 },
	{ 0x1f6d5, 0x1f6d7, 2 },
	{ 0x1f6dc, 0x1f6df, 2 },
	{ 0x1f6eb, 0x1f6ec, 2 },
	{ 0x1f6f4, 0x1f6fc, 2 },
	{ 0x1f7e0, 0x1f7eb, 2 },
	{ 0x1f7f0, 0x1f7f0, 2 },
	{ 0x1f90c, 0x1f93a, 2 },
	{ 0x1f93c, 0x1f945, 2 },
	{ 0x1f947, 0x1f9ff, 2 },
	{ 0x1fa70, 0x1fa7c, 2 },
	{ 0x1fa80, 0x1fa88, 2 },
	{ 0x1fa90, 0x1fabd, 2 },
	{ 0x1fabf, 0x1fac5, 2 },
	{ 0x1face, 0x1fadb, 2 },
	{ 0x1fae0, 0x1fae8, 2 },
	{ 0x1faf0, 0x1faf8, 2 },
	{ 0x20000, 0x2fffd, 2 },
	{ 0x30000, 0x3fffd, 2 },
	{ 0xe0001, 0xe0001, 0 },
	{ 0xe0020, 0xe007f, 0 },
	{ 0xe0100, 0xe01ef, 0 },
/* END TABLE widths */
};

static int
char_width(uint32_t c)
{
	const struct urange *r;

	if (c < 0x300)
		return c == 0xad ? 0 : 1;
	if ((r = urange_find(widths, LEN(widths), c)))
		return r->v;
	return 1;
}

/* Grapheme_Cluster_Break (UAX #29) and Extended_Pictographic. */
static const struct urange grapheme[] = {
/* BEGIN TABLE grapheme */
	{ 0x0000, 0x0009, GcbControl },
	{ 0x000a, 0x000a, GcbLF },
	{ 0x000b, 0x000c, GcbControl },
	{ 0x000d, 0x000d, GcbCR },
	{ 0x000e, 0x001f, GcbControl },
	{ 0x007f, 0x009f, GcbControl },
	{ 0x00a9, 0x00a9, GcbPict },
	{ 0x00ad, 0x00ad, GcbControl },
	{ 0x00ae, 0x00ae, GcbPict },
	{ 0x0300, 0x036f, GcbExtend },
	{ 0x0483, 0x0489, GcbExtend },
	{ 0x0591, 0x05bd, GcbExtend },
	{ 0x05bf, 0x05bf, GcbExtend },
	{ 0x05c1, 0x05c2, GcbExtend },
	{ 0x05c4, 0x05c5, GcbExtend },
	{ 0x05c7, 0x05c7, GcbExtend },
	{ 0x0600, 0x0605, GcbPrepend },
	{ 0x0610, 0x061a, GcbExtend },
	{ 0x061c, 0x061c, GcbControl },
	{ 0x064b, 0x065f, GcbExtend },
	{ 0x0670, 0x0670, GcbExtend },
	{ 0x06d6, 0x06dc, GcbExtend },
	{ 0x06dd, 0x06dd, GcbPrepend },
	{ 0x06df, 0x06e4, GcbExtend },
	{ 0x06e7, 0x06e8, GcbExtend },
	{ 0x06ea, 0x06ed, GcbExtend },
	{ 0x070f, 0x070f, GcbPrepend },
	{ 0x0711, 0x0711, GcbExtend },
	{ 0x0730, 0x074a, GcbExtend },
	{ 0x07a6, 0x07b0, GcbExtend },
	{ 0x07eb, 0x07f3, GcbExtend },
	{ 0x07fd, 0x07fd, GcbExtend },
	{ 0x0816, 0x0819, GcbExtend },
	{ 0x081b, 0x0823, GcbExtend },
	{ 0x0825, 0x0827, GcbExtend },
	{ 0x0829, 0x082d, GcbExtend },
	{ 0x0859, 0x085b, GcbExtend },
	{ 0x0890, 0x0891, GcbPrepend },
	{ 0x0898, 0x089f, GcbExtend },
	{ 0x08ca, 0x08e1, GcbExtend },
	{ 0x08e2, 0x08e2, GcbPrepend },
	{ 0x08e3, 0x0902, GcbExtend },
	{ 0x0903, 0x0903, GcbSpacingMark },
	{ 0x093a, 0x093a, GcbExtend },
	{ 0x093b, 0x093b, GcbSpacingMark },
	{ 0x093c, 0x093c, GcbExtend },
	{ 0x093e, 0x0940, GcbSpacingMark },
	{ 0x0941, 0x0948, GcbExtend },
	{ 0x0949, 0x094c, GcbSpacingMark },
	{ 0x094d, 0x094d, GcbExtend },
	{ 0x094e, 0x094f, GcbSpacingMark },
	{ 0x0951, 0x0957, GcbExtend },
	{ 0x0962, 0x0963, GcbExtend },
	{ 0x0981, 0x0981, GcbExtend },
	{ 0x0982, 0x0983, GcbSpacingMark },
	{ 0x09bc, 0x09bc, GcbExtend },
	{ 0x09be, 0x09be, GcbExtend },
	{ 0x09bf, 0x09c0, GcbSpacingMark },
	{ 0x09c1, 0x09c4, GcbExtend },
	{ 0x09c7, 0x09c8, GcbSpacingMark },
	{ 0x09cb, 0x09cc, GcbSpacingMark },
	{ 0x09cd, 0x09cd, GcbExtend },
	{ 0x09d7, 0x09d7, GcbExtend },
	{ 0x09e2, 0x09e3, GcbExtend },
	{ 0x09fe, 0x09fe, GcbExtend },
	{ 0x0a01, 0x0a02, GcbExtend },
	{ 0x0a03, 0x0a03, GcbSpacingMark },
	{ 0x0a3c, 0x0a3c, GcbExtend },
	{ 0x0a3e, 0x0a40, GcbSpacingMark },
	{ 0x0a41, 0x0a42, GcbExtend },
	{ 0x0a47, 0x0a48, GcbExtend },
	{ 0x0a4b, 0x0a4d, GcbExtend },
	{ 0x0a51, 0x0a51, GcbExtend },
	{ 0x0a70, 0x0a71, GcbExtend },
	{ 0x0a75, 0x0a75, GcbExtend },
	{ 0x0a81, 0x0a82, GcbExtend },
	{ 0x0a83, 0x0a83, GcbSpacingMark },
	{ 0x0abc, 0x0abc, GcbExtend },
	{ 0x0abe, 0x0ac0, GcbSpacingMark },
	{ 0x0ac1, 0x0ac5, GcbExtend },
	{ 0x0ac7, 0x0ac8, GcbExtend },
	{ 0x0ac9, 0x0ac9, GcbSpacingMark },
	{ 0x0acb, 0x0acc, GcbSpacingMark },
	{ 0x0acd, 0x0acd, GcbExtend },
	{ 0x0ae2, 0x0ae3, GcbExtend },
	{ 0x0afa, 0x0aff, GcbExtend },
	{ 0x0b01, 0x0b01, GcbExtend },
	{ 0x0b02, 0x0b03, GcbSpacingMark },
	{ 0x0b3c, 0x0b3c, GcbExtend },
	{ 0x0b3e, 0x0b3f, GcbExtend },
	{ 0x0b40, 0x0b40, GcbSpacingMark },
	{ 0x0b41, 0x0b44, GcbExtend },
	{ 0x0b47, 0x0b48, GcbSpacingMark },
	{ 0x0b4b, 0x0b4c, GcbSpacingMark },
	{ 0x0b4d, 0x0b4d, GcbExtend },
	{ 0x0b55, 0x0b57, GcbExtend },
	{ 0x0b62, 0x0b63, GcbExtend },
	{ 0x0b82, 0x0b82, GcbExtend },
	{ 0x0bbe, 0x0bbe, GcbExtend },
	{ 0x0bbf, 0x0bbf, GcbSpacingMark },
	{ 0x0bc0, 0x0bc0, GcbExtend },
	{ 0x0bc1, 0x0bc2, GcbSpacingMark },
	{ 0x0bc6, 0x0bc8, GcbSpacingMark },
	{ 0x0bca, 0x0bcc, GcbSpacingMark },
	{ 0x0bcd, 0x0bcd, GcbExtend },
	{ 0x0bd7, 0x0bd7, GcbExtend },
	{ 0x0c00, 0x0c00, GcbExtend },
	{ 0x0c01, 0x0c03, GcbSpacingMark },
	{ 0x0c04, 0x0c04, GcbExtend },
	{ 0x0c3c, 0x0c3c, GcbExtend },
	{ 0x0c3e, 0x0c40, GcbExtend },
	{ 0x0c41, 0x0c44, GcbSpacingMark },
	{ 0x0c46, 0x0c48, GcbExtend },
	{ 0x0c4a, 0x0c4d, GcbExtend },
	{ 0x0c55, 0x0c56, GcbExtend },
	{ 0x0c62, 0x0c63, GcbExtend },
	{ 0x0c81, 0x0c81, GcbExtend },
	{ 0x0c82, 0x0c83, GcbSpacingMark },
	{ 0x0cbc, 0x0cbc, GcbExtend },
	{ 0x0cbe, 0x0cbe, GcbSpacingMark },
	{ 0x0cbf, 0x0cbf, GcbExtend },
	{ 0x0cc0, 0x0cc1, GcbSpacingMark },
	{ 0x0cc2, 0x0cc2, GcbExtend },
	{ 0x0cc3, 0x0cc4, GcbSpacingMark },
	{ 0x0cc6, 0x0cc6, GcbExtend },
	{ 0x0cc7, 0x0cc8, GcbSpacingMark },
	{ 0x0cca, 0x0ccb, GcbSpacingMark },
	{ 0x0ccc, 0x0ccd, GcbExtend },
	{ 0x0cd5, 0x0cd6, GcbExtend },
	{ 0x0ce2, 0x0ce3, GcbExtend },
	{ 0x0cf3, 0x0cf3, GcbSpacingMark },
	{ 0x0d00, 0x0d01, GcbExtend },
	{ 0x0d02, 0x0d03, GcbSpacingMark },
	{ 0x0d3b, 0x0d3c, GcbExtend },
	{ 0x0d3e, 0x0d3e, GcbExtend },
	{ 0x0d3f, 0x0d40, GcbSpacingMark },
	{ 0x0d41, 0x0d44, GcbExtend },
	{ 0x0d46, 0x0d48, GcbSpacingMark },
	{ 0x0d4a, 0x0d4c, GcbSpacingMark },
	{ 0x0d4d, 0x0d4d, GcbExtend },
	{ 0x0d4e, 0x0d4e, GcbPrepend },
	{ 0x0d57, 0x0d57, GcbExtend },
	{ 0x0d62, 0x0d63, GcbExtend },
	{ 0x0d81, 0x0d81, GcbExtend },
	{ 0x0d82, 0x0d83, GcbSpacingMark },
	{ 0x0dca, 0x0dca, GcbExtend },
	{ 0x0dcf, 0x0dcf, GcbExtend },
	{ 0x0dd0, 0x0dd1, GcbSpacingMark },
	{ 0x0dd2, 0x0dd4, GcbExtend },
	{ 0x0dd6, 0x0dd6, GcbExtend },
	{ 0x0dd8, 0x0dde, GcbSpacingMark },
	{ 0x0ddf, 0x0ddf, GcbExtend },
	{ 0x0df2, 0x0df3, GcbSpacingMark },
	{ 0x0e31, 0x0e31, GcbExtend },
	{ 0x0e33, 0x0e33, GcbSpacingMark },
	{ 0x0e34, 0x0e3a, GcbExtend },
	{ 0x0e47, 0x0e4e, GcbExtend },
	{ 0x0eb1, 0x0eb1, GcbExtend },
	{ 0x0eb3, 0x0eb3, GcbSpacingMark },
	{ 0x0eb4, 0x0ebc, GcbExtend },
	{ 0x0ec8, 0x0ece, GcbExtend },
	{ 0x0f18, 0x0f19, GcbExtend },
	{ 0x0f35, 0x0f35, GcbExtend },
	{ 0x0f37, 0x0f37, GcbExtend },
	{ 0x0f39, 0x0f39, GcbExtend },
	{ 0x0f3e, 0x0f3f, GcbSpacingMark },
	{ 0x0f71, 0x0f7e, GcbExtend },
	{ 0x0f7f, 0x0f7f, GcbSpacingMark },
	{ 0x0f80, 0x0f84, GcbExtend },
	{ 0x0f86, 0x0f87, GcbExtend },
	{ 0x0f8d, 0x0f97, GcbExtend },
	{ 0x0f99, 0x0fbc, GcbExtend },
	{ 0x0fc6, 0x0fc6, GcbExtend },
	{ 0x102d, 0x1030, GcbExtend },
	{ 0x1031, 0x1031, GcbSpacingMark },
	{ 0x1032, 0x1037, GcbExtend },
	{ 0x1039, 0x103a, GcbExtend },
	{ 0x103b, 0x103c, GcbSpacingMark },
	{ 0x103d, 0x103e, GcbExtend },
	{ 0x1056, 0x1057, GcbSpacingMark },
	{ 0x1058, 0x1059, GcbExtend },
	{ 0x105e, 0x1060, GcbExtend },
	{ 0x1071, 0x1074, GcbExtend },
	{ 0x1082, 0x1082, GcbExtend },
	{ 0x1084, 0x1084, GcbSpacingMark },
	{ 0x1085, 0x1086, GcbExtend },
	{ 0x108d, 0x108d, GcbExtend },
	{ 0x109d, 0x109d, GcbExtend },
	{ 0x1100, 0x115f, GcbL },
	{ 0x1160, 0x11a7, GcbV },
	{ 0x11a8, 0x11ff, GcbT },
	{ 0x135d, 0x135f, GcbExtend },
	{ 0x1712, 0x1714, GcbExtend },
	{ 0x1715, 0x1715, GcbSpacingMark },
	{ 0x1732, 0x1733, GcbExtend },
	{ 0x1734, 0x1734, GcbSpacingMark },
	{ 0x1752, 0x1753, GcbExtend },
	{ 0x1772, 0x1773, GcbExtend },
	{ 0x17b4, 0x17b5, GcbExtend },
	{ 0x17b6, 0x17b6, GcbSpacingMark },
	{ 0x17b7, 0x17bd, GcbExtend },
	{ 0x17be, 0x17c5, GcbSpacingMark },
	{ 0x17c6, 0x17c6, GcbExtend },
	{ 0x17c7, 0x17c8, GcbSpacingMark },
	{ 0x17c9, 0x17d3, GcbExtend },
	{ 0x17dd, 0x17dd, GcbExtend },
	{ 0x180b, 0x180d, GcbExtend },
	{ 0x180e, 0x180e, GcbControl },
	{ 0x180f, 0x180f, GcbExtend },
	{ 0x1885, 0x1886, GcbExtend },
	{ 0x18a9, 0x18a9, GcbExtend },
	{ 0x1920, 0x1922, GcbExtend },
	{ 0x1923, 0x1926, GcbSpacingMark },
	{ 0x1927, 0x1928, GcbExtend },
	{ 0x1929, 0x192b, GcbSpacingMark },
	{ 0x1930, 0x1931, GcbSpacingMark },
	{ 0x1932, 0x1932, GcbExtend },
	{ 0x1933, 0x1938, GcbSpacingMark },
	{ 0x1939, 0x193b, GcbExtend },
	{ 0x1a17, 0x1a18, GcbExtend },
	{ 0x1a19, 0x1a1a, GcbSpacingMark },
	{ 0x1a1b, 0x1a1b, GcbExtend },
	{ 0x1a55, 0x1a55, GcbSpacingMark },
	{ 0x1a56, 0x1a56, GcbExtend },
	{ 0x1a57, 0x1a57, GcbSpacingMark },
	{ 0x1a58, 0x1a5e, GcbExtend },
	{ 0x1a60, 0x1a60, GcbExtend },
	{ 0x1a62, 0x1a62, GcbExtend },
	{ 0x1a65, 0x1a6c, GcbExtend },
	{ 0x1a6d, 0x1a72, GcbSpacingMark },
	{ 0x1a73, 0x1a7c, GcbExtend },
	{ 0x1a7f, 0x1a7f, GcbExtend },
	{ 0x1ab0, 0x1ace, GcbExtend },
	{ 0x1b00, 0x1b03, GcbExtend },
	{ 0x1b04, 0x1b04, GcbSpacingMark },
	{ 0x1b34, 0x1b3a, GcbExtend },
	{ 0x1b3b, 0x1b3b, GcbSpacingMark },
	{ 0x1b3c, 0x1b3c, GcbExtend },
	{ 0x1b3d, 0x1b41, GcbSpacingMark },
	{ 0x1b42, 0x1b42, GcbExtend },
	{ 0x1b43, 0x1b44, GcbSpacingMark },
	{ 0x1b6b, 0x1b73, GcbExtend },
	{ 0x1b80, 0x1b81, GcbExtend },
	{ 0x1b82, 0x1b82, GcbSpacingMark },
	{ 0x1ba1, 0x1ba1, GcbSpacingMark },
	{ 0x1ba2, 0x1ba5, GcbExtend },
	{ 0x1ba6, 0x1ba7, GcbSpacingMark },
	{ 0x1ba8, 0x1ba9, GcbExtend },
	{ 0x1baa, 0x1baa, GcbSpacingMark },
	{ 0x1bab, 0x1bad, GcbExtend },
	{ 0x1be6, 0x1be6, GcbExtend },
	{ 0x1be7, 0x1be7, GcbSpacingMark },
	{ 0x1be8, 0x1be9, GcbExtend },
	{ 0x1bea, 0x1bec, GcbSpacingMark },
	{ 0x1bed, 0x1bed, GcbExtend },
	{ 0x1bee, 0x1bee, GcbSpacingMark },
	{ 0x1bef, 0x1bf1, GcbExtend },
	{ 0x1bf2, 0x1bf3, GcbSpacingMark },
	{ 0x1c24, 0x1c2b, GcbSpacingMark },
	{ 0x1c2c, 0x1c33, GcbExtend },
	{ 0x1c34, 0x1c35, GcbSpacingMark },
	{ 0x1c36, 0x1c37, GcbExtend },
	{ 0x1cd0, 0x1cd2, GcbExtend },
	{ 0x1cd4, 0x1ce0, GcbExtend },
	{ 0x1ce1, 0x1ce1, GcbSpacingMark },
	{ 0x1ce2, 0x1ce8, GcbExtend },
	{ 0x1ced, 0x1ced, GcbExtend },
	{ 0x1cf4, 0x1cf4, GcbExtend },
	{ 0x1cf7, 0x1cf7, GcbSpacingMark },
	{ 0x1cf8, 0x1cf9, GcbExtend },
	{ 0x1dc0, 0x1dff, GcbExtend },
	{ 0x200b, 0x200b, GcbControl },
	{ 0x200c, 0x200c, GcbExtend },
	{ 0x200d, 0x200d, GcbZWJ },
	{ 0x200e, 0x200f, GcbControl },
	{ 0x2028, 0x202e, GcbControl },
	{ 0x203c, 0x203c, GcbPict },
	{ 0x2049, 0x2049, GcbPict },
	{ 0x2060, 0x206f, GcbControl },
	{ 0x20d0, 0x20f0, GcbExtend },
	{ 0x2122, 0x2122, GcbPict },
	{ 0x2139, 0x2139, GcbPict },
	{ 0x2194, 0x2199, GcbPict },
	{ 0x21a9, 0x21aa, GcbPict },
	{ 0x231a, 0x231b, GcbPict },
	{ 0x2328, 0x2328, GcbPict },
	{ 0x2388, 0x2388, GcbPict },
	{ 0x23cf, 0x23cf, GcbPict },
	{ 0x23e9, 0x23f3, GcbPict },
	{ 0x23f8, 0x23fa, GcbPict },
	{ 0x24c2, 0x24c2, GcbPict },
	{ 0x25aa, 0x25ab, GcbPict },
	{ 0x25b6, 0x25b6, GcbPict },
	{ 0x25c0, 0x25c0, GcbPict },
	{ 0x25fb, 0x25fe, GcbPict },
	{ 0x2600, 0x2605, GcbPict },
	{ 0x2607, 0x2612, GcbPict },
	{ 0x2614, 0x2685, GcbPict },
	{ 0x2690, 0x2705, GcbPict },
	{ 0x2708, 0x2712, GcbPict },
	{ 0x2714, 0x2714, GcbPict },
	{ 0x2716, 0x2716, GcbPict },
	{ 0x271d, 0x271d, GcbPict },
	{ 0x2721, 0x2721, GcbPict },
	{ 0x2728, 0x2728, GcbPict },
	{ 0x2733, 0x2734, GcbPict },
	{ 0x2744, 0x2744, GcbPict },
	{ 0x2747, 0x2747, GcbPict },
	{ 0x274c, 0x274c, GcbPict },
	{ 0x274e, 0x274e, GcbPict },
	{ 0x2753, 0x2755, GcbPict },
	{ 0x2757, 0x2757, GcbPict },
	{ 0x2763, 0x2767, GcbPict },
	{ 0x2795, 0x2797, GcbPict },
	{ 0x27a1, 0x27a1, GcbPict },
	{ 0x27b0, 0x27b0, GcbPict },
	{ 0x27bf, 0x27bf, GcbPict },
	{ 0x2934, 0x2935, GcbPict },
	{ 0x2b05, 0x2b07, GcbPict },
	{ 0x2b1b, 0x2b1c, GcbPict },
	{ 0x2b50, 0x2b50, GcbPict },
	{ 0x2b55, 0x2b55, GcbPict },
	{ 0x2cef, 0x2cf1, GcbExtend },
	{ 0x2d7f, 0x2d7f, GcbExtend },
	{ 0x2de0, 0x2dff, GcbExtend },
	{ 0x302a, 0x302f, GcbExtend },
	{ 0x3030, 0x3030, GcbPict },
	{ 0x303d, 0x303d, GcbPict },
	{ 0x3099, 0x309a, GcbExtend },
	{ 0x3297, 0x3297, GcbPict },
	{ 0x3299, 0x3299, GcbPict },
	{ 0xa66f, 0xa672, GcbExtend },
	{ 0xa674, 0xa67d, GcbExtend },
	{ 0xa69e, 0xa69f, GcbExtend },
	{ 0xa6f0, 0xa6f1, GcbExtend },
	{ 0xa802, 0xa802, GcbExtend },
	{ 0xa806, 0xa806, GcbExtend },
	{ 0xa80b, 0xa80b, GcbExtend },
	{ 0xa823, 0xa824, GcbSpacingMark },
	{ 0xa825, 0xa826, GcbExtend },
	{ 0xa827, 0xa827, GcbSpacingMark },
	{ 0xa82c, 0xa82c, GcbExtend },
	{ 0xa880, 0xa881, GcbSpacingMark },
	{ 0xa8b4, 0xa8c3, GcbSpacingMark },
	{ 0xa8c4, 0xa8c5, GcbExtend },
	{ 0xa8e0, 0xa8f1, GcbExtend },
	{ 0xa8ff, 0xa8ff, GcbExtend },
	{ 0xa926, 0xa92d, GcbExtend },
	{ 0xa947, 0xa951, GcbExtend },
	{ 0xa952, 0xa953, GcbSpacingMark },
	{ 0xa960, 0xa97c, GcbL },
	{ 0xa980, 0xa982, GcbExtend },
	{ 0xa983, 0xa983, GcbSpacingMark },
	{ 0xa9b3, 0xa9b3, GcbExtend },
	{ 0xa9b4, 0xa9b5, GcbSpacingMark },
	{ 0xa9b6, 0xa9b9, GcbExtend },
	{ 0xa9ba, 0xa9bb, GcbSpacingMark },
	{ 0xa9bc, 0xa9bd, GcbExtend },
	{ 0xa9be, 0xa9c0, GcbSpacingMark },
	{ 0xa9e5, 0xa9e5, GcbExtend },
	{ 0xaa29, 0xaa2e, GcbExtend },
	{ 0xaa2f, 0xaa30, GcbSpacingMark },
	{ 0xaa31, 0xaa32, GcbExtend },
	{ 0xaa33, 0xaa34, GcbSpacingMark },
	{ 0xaa35, 0xaa36, GcbExtend },
	{ 0xaa43, 0xaa43, GcbExtend },
	{ 0xaa4c, 0xaa4c, GcbExtend },
	{ 0xaa4d, 0xaa4d, GcbSpacingMark },
	{ 0xaa7c, 0xaa7c, GcbExtend },
	{ 0xaab0, 0xaab0, GcbExtend },
	{ 0xaab2, 0xaab4, GcbExtend },
	{ 0xaab7, 0xaab8, GcbExtend },
	{ 0xaabe, 0xaabf, GcbExtend },
	{ 0xaac1, 0xaac1, GcbExtend },
	{ 0xaaeb, 0xaaeb, GcbSpacingMark },
	{ 0xaaec, 0xaaed, GcbExtend },
	{ 0xaaee, 0xaaef, GcbSpacingMark },
	{ 0xaaf5, 0xaaf5, GcbSpacingMark },
	{ 0xaaf6, 0xaaf6, GcbExtend },
	{ 0xabe3, 0xabe4, GcbSpacingMark },
	{ 0xabe5, 0xabe5, GcbExtend },
	{ 0xabe6, 0xabe7, GcbSpacingMark },
	{ 0xabe8, 0xabe8, GcbExtend },
	{ 0xabe9, 0xabea, GcbSpacingMark },
	{ 0xabec, 0xabec, GcbSpacingMark },
	{ 0xabed, 0xabed, GcbExtend },
	{ 0xac00, 0xac00, GcbLV },
	{ 0xac01, 0xac1b, GcbLVT },
	{ 0xac1c, 0xac1c, GcbLV },
	{ 0xac1d, 0xac37, GcbLVT },
	{ 0xac38, 0xac38, GcbLV },
	{ 0xac39, 0xac53, GcbLVT },
	{ 0xac54, 0xac54, GcbLV },
	{ 0xac55, 0xac6f, GcbLVT },
	{ 0xac70, 0xac70, GcbLV },
	{ 0xac71, 0xac8b, GcbLVT },
	{ 0xac8c, 0xac8c, GcbLV },
	{ 0xac8d, 0xaca7, GcbLVT },
	{ 0xaca8, 0xaca8, GcbLV },
	{ 0xaca9, 0xacc3, GcbLVT },
	{ 0xacc4, 0xacc4, GcbLV },
	{ 0xacc5, 0xacdf, GcbLVT },
	{ 0xace0, 0xace0, GcbLV },
	{ 0xace1, 0xacfb, GcbLVT },
	{ 0xacfc, 0xacfc, GcbLV },
	{ 0xacfd, 0xad17, GcbLVT },
	{ 0xad18, 0xad18, GcbLV },
	{ 0xad19, 0xad33, GcbLVT },
	{ 0xad34, 0xad34, GcbLV },
	{ 0xad35, 0xad4f, GcbLVT },
	{ 0xad50, 0xad50, GcbLV },
	{ 0xad51, 0xad6b, GcbLVT },
	{ 0xad6c, 0xad6c, GcbLV },
	{ 0xad6d, 0xad87, GcbLVT },
	{ 0xad88, 0xad88, GcbLV },
	{ 0xad89, 0xada3, GcbLVT },
	{ 0xada4, 0xada4, GcbLV },
	{ 0xada5, 0xadbf, GcbLVT },
	{ 0xadc0, 0xadc0, GcbLV },
	{ 0xadc1, 0xaddb, GcbLVT },
	{ 0xaddc, 0xaddc, GcbLV },
	{ 0xaddd, 0xadf7, GcbLVT },
	{ 0xadf8, 0xadf8, GcbLV },
	{ 0xadf9, 0xae13, GcbLVT },
	{ 0xae14, 0xae14, GcbLV },
	{ 0xae15, 0xae2f, GcbLVT },
	{ 0xae30, 0xae30, GcbLV },
	{ 0xae31, 0xae4b, GcbLVT },
	{ 0xae4c, 0xae4c, GcbLV },
	{ 0xae4d, 0xae67, GcbLVT },
	{ 0xae68, 0xae68, GcbLV },
	{ 0xae69, 0xae83, GcbLVT },
	{ 0xae84, 0xae84, GcbLV },
	{ 0xae85, 0xae9f, GcbLVT },
	{ 0xaea0, 0xaea0, GcbLV },
	{ 0xaea1, 0xaebb, GcbLVT },
	{ 0xaebc, 0xaebc, GcbLV },
	{ 0xaebd, 0xaed7, GcbLVT },
	{ 0xaed8, 0xaed8, GcbLV },
	{ 0xaed9, 0xaef3, GcbLVT },
	{ 0xaef4, 0xaef4, GcbLV },
	{ 0xaef5, 0xaf0f, GcbLVT },
	{ 0xaf10, 0xaf10, GcbLV },
	{ 0xaf11, 0xaf2b, GcbLVT },
	{ 0xaf2c, 0xaf2c, GcbLV },
	{ 0xaf2d, 0xaf47, GcbLVT },
	{ 0xaf48, 0xaf48, GcbLV },
	{ 0xaf49, 0xaf63, GcbLVT },
	{ 0xaf64, 0xaf64, GcbLV },
	{ 0xaf65, 0xaf7f, GcbLVT },
	{ 0xaf80, 0xaf80, GcbLV },
	{ 0xaf81, 0xaf9b, GcbLVT },
	{ 0xaf9c, 0xaf9c, GcbLV },
	{ 0xaf9d, 0xafb7, GcbLVT },
	{ 0xafb8, 0xafb8, GcbLV },
	{ 0xafb9, 0xafd3, GcbLVT },
	{ 0xafd4, 0xafd4, GcbLV },
	{ 0xafd5, 0xafef, GcbLVT },
	{ 0xaff0, 0xaff0, GcbLV },
	{ 0xaff1, 0xb00b, GcbLVT },
	{ 0xb00c, 0xb00c, GcbLV },
	{ 0xb00d, 0xb027, GcbLVT },
	{ 0xb028, 0xb028, GcbLV },
	{ 0xb029, 0xb043, GcbLVT },
	{ 0xb044, 0xb044, GcbLV },
	{ 0xb045, 0xb05f, GcbLVT },
	{ 0xb060, 0xb060, GcbLV },
	{ 0xb061, 0xb07b, GcbLVT },
	{ 0xb07c, 0xb07c, GcbLV },
	{ 0xb07d, 0xb097, GcbLVT },
	{ 0xb098, 0xb098, GcbLV },
	{ 0xb099, 0xb0b3, GcbLVT },
	{ 0xb0b4, 0xb0b4, GcbLV },
	{ 0xb0b5, 0xb0cf, GcbLVT },
	{ 0xb0d0, 0xb0d0, GcbLV },
	{ 0xb0d1, 0xb0eb, GcbLVT },
	{ 0xb0ec, 0xb0ec, GcbLV },
	{ 0xb0ed, 0xb107, GcbLVT },
	{ 0xb108, 0xb108, GcbLV },
	{ 0xb109, 0xb123, GcbLVT },
	{ 0xb124, 0xb124, GcbLV },
	{ 0xb125, 0xb13f, GcbLVT },
	{ 0xb140, 0xb140, GcbLV },
	{ 0xb141, 0xb15b, GcbLVT },
	{ 0xb15c, 0xb15c, GcbLV },
	{ 0xb15d, 0xb177, GcbLVT },
	{ 0xb178, 0xb178, GcbLV },
	{ 0xb179, 0xb193, GcbLVT },
	{ 0xb194, 0xb194, GcbLV },
	{ 0xb195, 0xb1af, GcbLVT },
	{ 0xb1b0, 0xb1b0, GcbLV },
	{ 0xb1b1, 0xb1cb, GcbLVT },
	{ 0xb1cc, 0xb1cc, GcbLV },
	{ 0xb1cd, 0xb1e7, GcbLVT },
	{ 0xb1e8, 0xb1e8, GcbLV },
	{ 0xb1e9, 0xb203, GcbLVT },
	{ 0xb204, 0xb204, GcbLV },
	{ 0xb205, 0xb21f, GcbLVT },
	{ 0xb220, 0xb220, GcbLV },
	{ 0xb221, 0xb23b, GcbLVT },
	{ 0xb23c, 0xb23c, GcbLV },
	{ 0xb23d, 0xb257, GcbLVT },
	{ 0xb258, 0xb258, GcbLV },
	{ 0xb259, 0xb273, GcbLVT },
	{ 0xb274, 0xb274, GcbLV },
	{ 0xb275, 0xb28f, GcbLVT },
	{ 0xb290, 0xb290, GcbLV },
	{ 0xb291, 0xb2ab, GcbLVT },
	{ 0xb2ac, 0xb2ac, GcbLV },
	{ 0xb2ad, 0xb2c7, GcbLVT },
	{ 0xb2c8, 0xb2c8, GcbLV },
	{ 0xb2c9, 0xb2e3, GcbLVT },
	{ 0xb2e4, 0xb2e4, GcbLV },
	{ 0xb2e5, 0xb2ff, GcbLVT },
	{ 0xb300, 0xb300, GcbLV },
	{ 0xb301, 0xb31b, GcbLVT },
	{ 0xb31c, 0xb31c, GcbLV },
	{ 0xb31d, 0xb337, GcbLVT },
	{ 0xb338, 0xb338, GcbLV },
	{ 0xb339, 0xb353, GcbLVT },
	{ 0xb354, 0xb354, GcbLV },
	{ 0xb355, 0xb36f, GcbLVT },
	{ 0xb370, 0xb370, GcbLV },
	{ 0xb371, 0xb38b, GcbLVT },
	{ 0xb38c, 0xb38c, GcbLV },
	{ 0xb38d, 0xb3a7, GcbLVT },
	{ 0xb3a8, 0xb3a8, GcbLV },
	{ 0xb3a9, 0xb3c3, GcbLVT },
	{ 0xb3c4, 0xb3c4, GcbLV },
	{ 0xb3c5, 0xb3df, GcbLVT },
	{ 0xb3e0, 0xb3e0, GcbLV },
	{ 0xb3e1, 0xb3fb, GcbLVT },
	{ 0xb3fc, 0xb3fc, GcbLV },
	{ 0xb3fd, 0xb417, GcbLVT },
	{ 0xb418, 0xb418, GcbLV },
	{ 0xb419, 0xb433, GcbLVT },
	{ 0xb434, 0xb434, GcbLV },
	{ 0xb435, 0xb44f, GcbLVT },
	{ 0xb450, 0xb450, GcbLV },
	{ 0xb451, 0xb46b, GcbLVT },
	{ 0xb46c, 0xb46c, GcbLV },
	{ 0xb46d, 0xb487, GcbLVT },
	{ 0xb488, 0xb488, GcbLV },
	{ 0xb489, 0xb4a3, GcbLVT },
	{ 0xb4a4, 0xb4a4, GcbLV },
	{ 0xb4a5, 0xb4bf, GcbLVT },
	{ 0xb4c0, 0xb4c0, GcbLV },
	{ 0xb4c1, 0xb4db, GcbLVT },
	{ 0xb4dc, 0xb4dc, GcbLV },
	{ 0xb4dd, 0xb4f7, GcbLVT },
	{ 0xb4f8, 0xb4f8, GcbLV },
	{ 0xb4f9, 0xb513, GcbLVT },
	{ 0xb514, 0xb514, GcbLV },
	{ 0xb515, 0xb52f, GcbLVT },
	{ 0xb530, 0xb530, GcbLV },
	{ 0xb531, 0xb54b, GcbLVT },
	{ 0xb54c, 0xb54c, GcbLV },
	{ 0xb54d, 0xb567, GcbLVT },
	{ 0xb568, 0xb568, GcbLV },
	{ 0xb569, 0xb583, GcbLVT },
	{ 0xb584, 0xb584, GcbLV },
	{ 0xb585, 0xb59f, GcbLVT },
	{ 0xb5a0, 0xb5a0, GcbLV },
	{ 0xb5a1, 0xb5bb, GcbLVT },
	{ 0xb5bc, 0xb5bc, GcbLV },
	{ 0xb5bd, 0xb5d7, GcbLVT },
	{ 0xb5d8, 0xb5d8, GcbLV },
	{ 0xb5d9, 0xb5f3, GcbLVT },
	{ 0xb5f4, 0xb5f4, GcbLV },
	{ 0xb5f5, 0xb60f, GcbLVT },
	{ 0xb610, 0xb610, GcbLV },
	{ 0xb611, 0xb62b, GcbLVT },
	{ 0xb62c, 0xb62c, GcbLV },
	{ 0xb62d, 0xb647, GcbLVT },
	{ 0xb648, 0xb648, GcbLV },
	{ 0xb649, 0xb663, GcbLVT },
	{ 0xb664, 0xb664, GcbLV },
	{ 0xb665, 0xb67f, GcbLVT },
	{ 0xb680, 0xb680, GcbLV },
	{ 0xb681, 0xb69b, GcbLVT },
	{ 0xb69c, 0xb69c, GcbLV },
	{ 0xb69d, 0xb6b7, GcbLVT },
	{ 0xb6b8, 0xb6b8, GcbLV },
	{ 0xb6b9, 0xb6d3, GcbLVT },
	{ 0xb6d4, 0xb6d4, GcbLV },
	{ 0xb6d5, 0xb6ef, GcbLVT },
	{ 0xb6f0, 0xb6f0, GcbLV },
	{ 0xb6f1, 0xb70b, GcbLVT },
	{ 0xb70c, 0xb70c, GcbLV },
	{ 0xb70d, 0xb727, GcbLVT },
	{ 0xb728, 0xb728, GcbLV },
	{ 0xb729, 0xb743, GcbLVT },
	{ 0xb744, 0xb744, GcbLV },
	{ 0xb745, 0xb75f, GcbLVT },
	{ 0xb760, 0xb760, GcbLV },
	{ 0xb761, 0xb77b, GcbLVT },
	{ 0xb77c, 0xb77c, GcbLV },
	{ 0xb77d, 0xb797, GcbLVT },
	{ 0xb798, 0xb798, GcbLV },
	{ 0xb799, 0xb7b3, GcbLVT },
	{ 0xb7b4, 0xb7b4, GcbLV },
	{ 0xb7b5, 0xb7cf, GcbLVT },
	{ 0xb7d0, 0xb7d0, GcbLV },
	{ 0xb7d1, 0xb7eb, GcbLVT },
	{ 0xb7ec, 0xb7ec, GcbLV },
	{ 0xb7ed, 0xb807, GcbLVT },
	{ 0xb808, 0xb808, GcbLV },
	{ 0xb809, 0xb823, GcbLVT },
	{ 0xb824, 0xb824, GcbLV },
	{ 0xb825, 0xb83f, GcbLVT },
	{ 0xb840, 0xb840, GcbLV },
	{ 0xb841, 0xb85b, GcbLVT },
	{ 0xb85c, 0xb85c, GcbLV },
	{ 0xb85d, 0xb877, GcbLVT },
	{ 0xb878, 0xb878, GcbLV },
	{ 0xb879, 0xb893, GcbLVT },
	{ 0xb894, 0xb894, GcbLV },
	{ 0xb895, 0xb8af, GcbLVT },
	{ 0xb8b0, 0xb8b0, GcbLV },
	{ 0xb8b1, 0xb8cb, GcbLVT },
	{ 0xb8cc, 0xb8cc, GcbLV },
	{ 0xb8cd, 0xb8e7, GcbLVT },
	{ 0xb8e8, 0xb8e8, GcbLV },
	{ 0xb8e9, 0xb903, GcbLVT },
	{ 0xb904, 0xb904, GcbLV },
	{ 0xb905, 0xb91f, GcbLVT },
	{ 0xb920, 0xb920, GcbLV },
	{ 0xb921, 0xb93b, GcbLVT },
	{ 0xb93c, 0xb93c, GcbLV },
	{ 0xb93d, 0xb957, GcbLVT },
	{ 0xb958, 0xb958, GcbLV },
	{ 0xb959, 0xb973, GcbLVT },
	{ 0xb974, 0xb974, GcbLV },
	{ 0xb975, 0xb98f, GcbLVT },
	{ 0xb990, 0xb990, GcbLV },
	{ 0xb991, 0xb9ab, GcbLVT },
	{ 0xb9ac, 0xb9ac, GcbLV },
	{ 0xb9ad, 0xb9c7, GcbLVT },
	{ 0xb9c8, 0xb9c8, GcbLV },
	{ 0xb9c9, 0xb9e3, GcbLVT },
	{ 0xb9e4, 0xb9e4, GcbLV },
	{ 0xb9e5, 0xb9ff, GcbLVT },
	{ 0xba00, 0xba00, GcbLV },
	{ 0xba01, 0xba1b, GcbLVT },
	{ 0xba1c, 0xba1c, GcbLV },
	{ 0xba1d, 0xba37, GcbLVT },
	{ 0xba38, 0xba38, GcbLV },
	{ 0xba39, 0xba53, GcbLVT },
	{ 0xba54, 0xba54, GcbLV },
	{ 0xba55, 0xba6f, GcbLVT },
	{ 0xba70, 0xba70, GcbLV },
	{ 0xba71, 0xba8b, GcbLVT },
	{ 0xba8c, 0xba8c, GcbLV },
	{ 0xba8d, 0xbaa7, GcbLVT },
	{ 0xbaa8, 0xbaa8, GcbLV },
	{ 0xbaa9, 0xbac3, GcbLVT },
	{ 0xbac4, 0xbac4, GcbLV },
	{ 0xbac5, 0xbadf, GcbLVT },
	{ 0xbae0, 0xbae0, GcbLV },
	{ 0xbae1, 0xbafb, GcbLVT },
	{ 0xbafc, 0xbafc, GcbLV },
	{ 0xbafd, 0xbb17, GcbLVT },
	{ 0xbb18, 0xbb18, GcbLV },
	{ 0xbb19, 0xbb33, GcbLVT },
	{ 0xbb34, 0xbb34, GcbLV },
	{ 0xbb35, 0xbb4f, GcbLVT },
	{ 0xbb50, 0xbb50, GcbLV },
	{ 0xbb51, 0xbb6b, GcbLVT },
	{ 0xbb6c, 0xbb6c, GcbLV },
	{ 0xbb6d, 0xbb87, GcbLVT },
	{ 0xbb88, 0xbb88, GcbLV },
	{ 0xbb89, 0xbba3, GcbLVT },
	{ 0xbba4, 0xbba4, GcbLV },
	{ 0xbba5, 0xbbbf, GcbLVT },
	{ 0xbbc0, 0xbbc0, GcbLV },
	{ 0xbbc1, 0xbbdb, GcbLVT },
	{ 0xbbdc, 0xbbdc, GcbLV },
	{ 0xbbdd, 0xbbf7, GcbLVT },
	{ 0xbbf8, 0xbbf8, GcbLV },
	{ 0xbbf9, 0xbc13, GcbLVT },
	{ 0xbc14, 0xbc14, GcbLV },
	{ 0xbc15, 0xbc2f, GcbLVT },
	{ 0xbc30, 0xbc30, GcbLV },
	{ 0xbc31, 0xbc4b, GcbLVT },
	{ 0xbc4c, 0xbc4c, GcbLV },
	{ 0xbc4d, 0xbc67, GcbLVT },
	{ 0xbc68, 0xbc68, GcbLV },
	{ 0xbc69, 0xbc83, GcbLVT },
	{ 0xbc84, 0xbc84, GcbLV },
	{ 0xbc85, 0xbc9f, GcbLVT },
	{ 0xbca0, 0xbca0, GcbLV },
	{ 0xbca1, 0xbcbb, GcbLVT },
	{ 0xbcbc, 0xbcbc, GcbLV },
	{ 0xbcbd, 0xbcd7, GcbLVT },
	{ 0xbcd8, 0xbcd8, GcbLV },
	{ 0xbcd9, 0xbcf3, GcbLVT },
	{ 0xbcf4, 0xbcf4, GcbLV },
	{ 0xbcf5, 0xbd0f, GcbLVT },
	{ 0xbd10, 0xbd10, GcbLV },
	{ 0xbd11, 0xbd2b, GcbLVT },
	{ 0xbd2c, 0xbd2c, GcbLV },
	{ 0xbd2d, 0xbd47, GcbLVT },
	{ 0xbd48, 0xbd48, GcbLV },
	{ 0xbd49, 0xbd63, GcbLVT },
	{ 0xbd64, 0xbd64, GcbLV },
	{ 0xbd65, 0xbd7f, GcbLVT },
	{ 0xbd80, 0xbd80, GcbLV },
	{ 0xbd81, 0xbd9b, GcbLVT },
	{ 0xbd9c, 0xbd9c, GcbLV },
	{ 0xbd9d, 0xbdb7, GcbLVT },
	{ 0xbdb8, 0xbdb8, GcbLV },
	{ 0xbdb9, 0xbdd3, GcbLVT },
	{ 0xbdd4, 0xbdd4, GcbLV },
	{ 0xbdd5, 0xbdef, GcbLVT },
	{ 0xbdf0, 0xbdf0, GcbLV },
	{ 0xbdf1, 0xbe0b, GcbLVT },
	{ 0xbe0c, 0xbe0c, GcbLV },
	{ 0xbe0d, 0xbe27, GcbLVT },
	{ 0xbe28, 0xbe28, GcbLV },
	{ 0xbe29, 0xbe43, GcbLVT },
	{ 0xbe44, 0xbe44, GcbLV },
	{ 0xbe45, 0xbe5f, GcbLVT },
	{ 0xbe60, 0xbe60, GcbLV },
	{ 0xbe61, 0xbe7b, GcbLVT },
	{ 0xbe7c, 0xbe7c, GcbLV },
	{ 0xbe7d, 0xbe97, GcbLVT },
	{ 0xbe98, 0xbe98, GcbLV },
	{ 0xbe99, 0xbeb3, GcbLVT },
	{ 0xbeb4, 0xbeb4, GcbLV },
	{ 0xbeb5, 0xbecf, GcbLVT },
	{ 0xbed0, 0xbed0, GcbLV },
	{ 0xbed1, 0xbeeb, GcbLVT },
	{ 0xbeec, 0xbeec, GcbLV },
	{ 0xbeed, 0xbf07, GcbLVT },
	{ 0xbf08, 0xbf08, GcbLV },
	{ 0xbf09, 0xbf23, GcbLVT },
	{ 0xbf24, 0xbf24, GcbLV },
	{ 0xbf25, 0xbf3f, GcbLVT },
	{ 0xbf40, 0xbf40, GcbLV },
	{ 0xbf41, 0xbf5b, GcbLVT },
	{ 0xbf5c, 0xbf5c, GcbLV },
	{ 0xbf5d, 0xbf77, GcbLVT },
	{ 0xbf78, 0xbf78, GcbLV },
	{ 0xbf79, 0xbf93, GcbLVT },
	{ 0xbf94, 0xbf94, GcbLV },
	{ 0xbf95, 0xbfaf, GcbLVT },
	{ 0xbfb0, 0xbfb0, GcbLV },
	{ 0xbfb1, 0xbfcb, GcbLVT },
	{ 0xbfcc, 0xbfcc, GcbLV },
	{ 0xbfcd, 0xbfe7, GcbLVT },
	{ 0xbfe8, 0xbfe8, GcbLV },
	{ 0xbfe9, 0xc003, GcbLVT },
	{ 0xc004, 0xc004, GcbLV },
	{ 0xc005, 0xc01f, GcbLVT },
	{ 0xc020, 0xc020, GcbLV },
	{ 0xc021, 0xc03b, GcbLVT },
	{ 0xc03c, 0xc03c, GcbLV },
	{ 0xc03d, 0xc057, GcbLVT },
	{ 0xc058, 0xc058, GcbLV },
	{ 0xc059, 0xc073, GcbLVT },
	{ 0xc074, 0xc074, GcbLV },
	{ 0xc075, 0xc08f, GcbLVT },
	{ 0xc090, 0xc090, GcbLV },
	{ 0xc091, 0xc0ab, GcbLVT },
	{ 0xc0ac, 0xc0ac, GcbLV },
	{ 0xc0ad, 0xc0c7, GcbLVT },
	{ 0xc0c8, 0xc0c8, GcbLV },
	{ 0xc0c9, 0xc0e3, GcbLVT },
	{ 0xc0e4, 0xc0e4, GcbLV },
	{ 0xc0e5, 0xc0ff, GcbLVT },
	{ 0xc100, 0xc100, GcbLV },
	{ 0xc101, 0xc11b, GcbLVT },
	{ 0xc11c, 0xc11c, GcbLV },
	{ 0xc11d, 0xc137, GcbLVT },
	{ 0xc138, 0xc138, GcbLV },
	{ 0xc139, 0xc153, GcbLVT },
	{ 0xc154, 0xc154, GcbLV },
	{ 0xc155, 0xc16f, GcbLVT },
	{ 0xc170, 0xc170, GcbLV },
	{ 0xc171, 0xc18b, GcbLVT },
	{ 0xc18c, 0xc18c, GcbLV },
	{ 0xc18d, 0xc1a7, GcbLVT },
	{ 0xc1a8, 0xc1a8, GcbLV },
	{ 0xc1a9, 0xc1c3, GcbLVT },
	{ 0xc1c4, 0xc1c4, GcbLV },
	{ 0xc1c5, 0xc1df, GcbLVT },
	{ 0xc1e0, 0xc1e0, GcbLV },
	{ 0xc1e1, 0xc1fb, GcbLVT },
	{ 0xc1fc, 0xc1fc, GcbLV },
	{ 0xc1fd, 0xc217, GcbLVT },
	{ 0xc218, 0xc218, GcbLV },
	{ 0xc219, 0xc233, GcbLVT },
	{ 0xc234, 0xc234, GcbLV },
	{ 0xc235, 0xc24f, GcbLVT },
	{ 0xc250, 0xc250, GcbLV },
	{ 0xc251, 0xc26b, GcbLVT },
	{ 0xc26c, 0xc26c, GcbLV },
	{ 0xc26d, 0xc287, GcbLVT },
	{ 0xc288, 0xc288, GcbLV },
	{ 0xc289, 0xc2a3, GcbLVT },
	{ 0xc2a4, 0xc2a4, GcbLV },
	{ 0xc2a5, 0xc2bf, GcbLVT },
	{ 0xc2c0, 0xc2c0, GcbLV },
	{ 0xc2c1, 0xc2db, GcbLVT },
	{ 0xc2dc, 0xc2dc, GcbLV },
	{ 0xc2dd, 0xc2f7, GcbLVT },
	{ 0xc2f8, 0xc2f8, GcbLV },
	{ 0xc2f9, 0xc313, GcbLVT },
	{ 0xc314, 0xc314, GcbLV },
	{ 0xc315, 0xc32f, GcbLVT },
	{ 0xc330, 0xc330, GcbLV },
	{ 0xc331, 0xc34b, GcbLVT },
	{ 0xc34c, 0xc34c, GcbLV },
	{ 0xc34d, 0xc367, GcbLVT },
	{ 0xc368, 0xc368, GcbLV },
	{ 0xc369, 0xc383, GcbLVT },
	{ 0xc384, 0xc384, GcbLV },
	{ 0xc385, 0xc39f, GcbLVT },
	{ 0xc3a0, 0xc3a0, GcbLV },
	{ 0xc3a1, 0xc3bb, GcbLVT },
	{ 0xc3bc, 0xc3bc, GcbLV },
	{ 0xc3bd, 0xc3d7, GcbLVT },
	{ 0xc3d8, 0xc3d8, GcbLV },
	{ 0xc3d9, 0xc3f3, GcbLVT },
	{ 0xc3f4, 0xc3f4, GcbLV },
	{ 0xc3f5, 0xc40f, GcbLVT },
	{ 0xc410, 0xc410, GcbLV },
	{ 0xc411, 0xc42b, GcbLVT },
	{ 0xc42c, 0xc42c, GcbLV },
	{ 0xc42d, 0xc447, GcbLVT },
	{ 0xc448, 0xc448, GcbLV },
	{ 0xc449, 0xc463, GcbLVT },
	{ 0xc464, 0xc464, GcbLV },
	{ 0xc465, 0xc47f, GcbLVT },
	{ 0xc480, 0xc480, GcbLV },
	{ 0xc481, 0xc49b, GcbLVT },
	{ 0xc49c, 0xc49c, GcbLV },
	{ 0xc49d, 0xc4b7, GcbLVT },
	{ 0xc4b8, 0xc4b8, GcbLV },
	{ 0xc4b9, 0xc4d3, GcbLVT },
	{ 0xc4d4, 0xc4d4, GcbLV },
	{ 0xc4d5, 0xc4ef, GcbLVT },
	{ 0xc4f0, 0xc4f0, GcbLV },
	{ 0xc4f1, 0xc50b, GcbLVT },
	{ 0xc50c, 0xc50c, GcbLV },
	{ 0xc50d, 0xc527, GcbLVT },
	{ 0xc528, 0xc528, GcbLV },
	{ 0xc529, 0xc543, GcbLVT },
	{ 0xc544, 0xc544, GcbLV },
	{ 0xc545, 0xc55f, GcbLVT },
	{ 0xc560, 0xc560, GcbLV },
	{ 0xc561, 0xc57b, GcbLVT },
	{ 0xc57c, 0xc57c, GcbLV },
	{ 0xc57d, 0xc597, GcbLVT },
	{ 0xc598, 0xc598, GcbLV },
	{ 0xc599, 0xc5b3, GcbLVT },
	{ 0xc5b4, 0xc5b4, GcbLV },
	{ 0xc5b5, 0xc5cf, GcbLVT },
	{ 0xc5d0, 0xc5d0, GcbLV },
	{ 0xc5d1, 0xc5eb, GcbLVT },
	{ 0xc5ec, 0xc5ec, GcbLV },
	{ 0xc5ed, 0xc607, GcbLVT },
	{ 0xc608, 0xc608, GcbLV },
	{ 0xc609, 0xc623, GcbLVT },
	{ 0xc624, 0xc624, GcbLV },
	{ 0xc625, 0xc63f, GcbLVT },
	{ 0xc640, 0xc640, GcbLV },
	{ 0xc641, 0xc65b, GcbLVT },
	{ 0xc65c, 0xc65c, GcbLV },
	{ 0xc65d, 0xc677, GcbLVT },
	{ 0xc678, 0xc678, GcbLV },
	{ 0xc679, 0xc693, GcbLVT },
	{ 0xc694, 0xc694, GcbLV },
	{ 0xc695, 0xc6af, GcbLVT },
	{ 0xc6b0, 0xc6b0, GcbLV },
	{ 0xc6b1, 0xc6cb, GcbLVT },
	{ 0xc6cc, 0xc6cc, GcbLV },
	{ 0xc6cd, 0xc6e7, GcbLVT },
	{ 0xc6e8, 0xc6e8, GcbLV },
	{ 0xc6e9, 0xc703, GcbLVT },
	{ 0xc704, 0xc704, GcbLV },
	{ 0xc705, 0xc71f, GcbLVT },
	{ 0xc720, 0xc720, GcbLV },
	{ 0xc721, 0xc73b, GcbLVT },
	{ 0xc73c, 0xc73c, GcbLV },
	{ 0xc73d, 0xc757, GcbLVT },
	{ 0xc758, 0xc758, GcbLV },
	{ 0xc759, 0xc773, GcbLVT },
	{ 0xc774, 0xc774, GcbLV },
	{ 0xc775, 0xc78f, GcbLVT },
	{ 0xc790, 0xc790, GcbLV },
	{ 0xc791, 0xc7ab, GcbLVT },
	{ 0xc7ac, 0xc7ac, GcbLV },
	{ 0xc7ad, 0xc7c7, GcbLVT },
	{ 0xc7c8, 0xc7c8, GcbLV },
	{ 0xc7c9, 0xc7e3, GcbLVT },
	{ 0xc7e4, 0xc7e4, GcbLV },
	{ 0xc7e5, 0xc7ff, GcbLVT },
	{ 0xc800, 0xc800, GcbLV },
	{ 0xc801, 0xc81b, GcbLVT },
	{ 0xc81c, 0xc81c, GcbLV },
	{ 0xc81d, 0xc837, GcbLVT },
	{ 0xc838, 0xc838, GcbLV },
	{ 0xc839, 0xc853, GcbLVT },
	{ 0xc854, 0xc854, GcbLV },
	{ 0xc855, 0xc86f, GcbLVT },
	{ 0xc870, 0xc870, GcbLV },
	{ 0xc871, 0xc88b, GcbLVT },
	{ 0xc88c, 0xc88c, GcbLV },
	{ 0xc88d, 0xc8a7, GcbLVT },
	{ 0xc8a8, 0xc8a8, GcbLV },
	{ 0xc8a9, 0xc8c3, GcbLVT },
	{ 0xc8c4, 0xc8c4, GcbLV },
	{ 0xc8c5, 0xc8df, GcbLVT },
	{ 0xc8e0, 0xc8e0, GcbLV },
	{ 0xc8e1, 0xc8fb, GcbLVT },
	{ 0xc8fc, 0xc8fc, GcbLV },
	{ 0xc8fd, 0xc917, GcbLVT },
	{ 0xc918, 0xc918, GcbLV },
	{ 0xc919, 0xc933, GcbLVT },
	{ 0xc934, 0xc934, GcbLV },
	{ 0xc935, 0xc94f, GcbLVT },
	{ 0xc950, 0xc950, GcbLV },
	{ 0xc951, 0xc96b, GcbLVT },
	{ 0xc96c, 0xc96c, GcbLV },
	{ 0xc96d, 0xc987, GcbLVT },
	{ 0xc988, 0xc988, GcbLV },
	{ 0xc989, 0xc9a3, GcbLVT },
	{ 0xc9a4, 0xc9a4, GcbLV },
	{ 0xc9a5, 0xc9bf, GcbLVT },
	{ 0xc9c0, 0xc9c0, GcbLV },
	{ 0xc9c1, 0xc9db, GcbLVT },
	{ 0xc9dc, 0xc9dc, GcbLV },
	{ 0xc9dd, 0xc9f7, GcbLVT },
	{ 0xc9f8, 0xc9f8, GcbLV },
	{ 0xc9f9, 0xca13, GcbLVT },
	{ 0xca14, 0xca14, GcbLV },
	{ 0xca15, 0xca2f, GcbLVT },
	{ 0xca30, 0xca30, GcbLV },
	{ 0xca31, 0xca4b, GcbLVT },
	{ 0xca4c, 0xca4c, GcbLV },
	{ 0xca4d, 0xca67, GcbLVT },
	{ 0xca68, 0xca68, GcbLV },
	{ 0xca69, 0xca83, GcbLVT },
	{ 0xca84, 0xca84, GcbLV },
	{ 0xca85, 0xca9f, GcbLVT },
	{ 0xcaa0, 0xcaa0, GcbLV },
	{ 0xcaa1, 0xcabb, GcbLVT },
	{ 0xcabc, 0xcabc, GcbLV },
	{ 0xcabd, 0xcad7, GcbLVT },
	{ 0xcad8, 0xcad8, GcbLV },
	{ 0xcad9, 0xcaf3, GcbLVT },
	{ 0xcaf4, 0xcaf4, GcbLV },
	{ 0xcaf5, 0xcb0f, GcbLVT },
	{ 0xcb10, 0xcb10, GcbLV },
	{ 0xcb11, 0xcb2b, GcbLVT },
	{ 0xcb2c, 0xcb2c, GcbLV },
	{ 0xcb2d, 0xcb47, GcbLVT },
	{ 0xcb48, 0xcb48, GcbLV },
	{ 0xcb49, 0xcb63, GcbLVT },
	{ 0xcb64, 0xcb64, GcbLV },
	{ 0xcb65, 0xcb7f, GcbLVT },
	{ 0xcb80, 0xcb80, GcbLV },
	{ 0xcb81, 0xcb9b, GcbLVT },
	{ 0xcb9c, 0xcb9c, GcbLV },
	{ 0xcb9d, 0xcbb7, GcbLVT },
	{ 0xcbb8, 0xcbb8, GcbLV },
	{ 0xcbb9, 0xcbd3, GcbLVT },
	{ 0xcbd4, 0xcbd4, GcbLV },
	{ 0xcbd5, 0xcbef, GcbLVT },
	{ 0xcbf0, 0xcbf0, GcbLV },
	{ 0xcbf1, 0xcc0b, GcbLVT },
	{ 0xcc0c, 0xcc0c, GcbLV },
	{ 0xcc0d, 0xcc27, GcbLVT },
	{ 0xcc28, 0xcc28, GcbLV },
	{ 0xcc29, 0xcc43, GcbLVT },
	{ 0xcc44, 0xcc44, GcbLV },
	{ 0xcc45, 0xcc5f, GcbLVT },
	{ 0xcc60, 0xcc60, GcbLV },
	{ 0xcc61, 0xcc7b, GcbLVT },
	{ 0xcc7c, 0xcc7c, GcbLV },
	{ 0xcc7d, 0xcc97, GcbLVT },
	{ 0xcc98, 0xcc98, GcbLV },
	{ 0xcc99, 0xccb3, GcbLVT },
	{ 0xccb4, 0xccb4, GcbLV },
	{ 0xccb5, 0xcccf, GcbLVT },
	{ 0xccd0, 0xccd0, GcbLV },
	{ 0xccd1, 0xcceb, GcbLVT },
	{ 0xccec, 0xccec, GcbLV },
	{ 0xcced, 0xcd07, GcbLVT },
	{ 0xcd08, 0xcd08, GcbLV },
	{ 0xcd09, 0xcd23, GcbLVT },
	{ 0xcd24, 0xcd24, GcbLV },
	{ 0xcd25, 0xcd3f, GcbLVT },
	{ 0xcd40, 0xcd40, GcbLV },
	{ 0xcd41, 0xcd5b, GcbLVT },
	{ 0xcd5c, 0xcd5c, GcbLV },
	{ 0xcd5d, 0xcd77, GcbLVT },
	{ 0xcd78, 0xcd78, GcbLV },
	{ 0xcd79, 0xcd93, GcbLVT },
	{ 0xcd94, 0xcd94, GcbLV },
	{ 0xcd95, 0xcdaf, GcbLVT },
	{ 0xcdb0, 0xcdb0, GcbLV },
	{ 0xcdb1, 0xcdcb, GcbLVT },
	{ 0xcdcc, 0xcdcc, GcbLV },
	{ 0xcdcd, 0xcde7, GcbLVT },
	{ 0xcde8, 0xcde8, GcbLV },
	{ 0xcde9, 0xce03, GcbLVT },
	{ 0xce04, 0xce04, GcbLV },
	{ 0xce05, 0xce1f, GcbLVT },
	{ 0xce20, 0xce20, GcbLV },
	{ 0xce21, 0xce3b, GcbLVT },
	{ 0xce3c, 0xce3c, GcbLV },
	{ 0xce3d, 0xce57, GcbLVT },
	{ 0xce58, 0xce58, GcbLV },
	{ 0xce59, 0xce73, GcbLVT },
	{ 0xce74, 0xce74, GcbLV },
	{ 0xce75, 0xce8f, GcbLVT },
	{ 0xce90, 0xce90, GcbLV },
	{ 0xce91, 0xceab, GcbLVT },
	{ 0xceac, 0xceac, GcbLV },
	{ 0xcead, 0xcec7, GcbLVT },
	{ 0xcec8, 0xcec8, GcbLV },
	{ 0xcec9, 0xcee3, GcbLVT },
	{ 0xcee4, 0xcee4, GcbLV },
	{ 0xcee5, 0xceff, GcbLVT },
	{ 0xcf00, 0xcf00, GcbLV },
	{ 0xcf01, 0xcf1b, GcbLVT },
	{ 0xcf1c, 0xcf1c, GcbLV },
	{ 0xcf1d, 0xcf37, GcbLVT },
	{ 0xcf38, 0xcf38, GcbLV },
	{ 0xcf39, 0xcf53, GcbLVT },
	{ 0xcf54, 0xcf54, GcbLV },
	{ 0xcf55, 0xcf6f, GcbLVT },
	{ 0xcf70, 0xcf70, GcbLV },
	{ 0xcf71, 0xcf8b, GcbLVT },
	{ 0xcf8c, 0xcf8c, GcbLV },
	{ 0xcf8d, 0xcfa7, GcbLVT },
	{ 0xcfa8, 0xcfa8, GcbLV },
	{ 0xcfa9, 0xcfc3, GcbLVT },
	{ 0xcfc4, 0xcfc4, GcbLV },
	{ 0xcfc5, 0xcfdf, GcbLVT },
	{ 0xcfe0, 0xcfe0, GcbLV },
	{ 0xcfe1, 0xcffb, GcbLVT },
	{ 0xcffc, 0xcffc, GcbLV },
	{ 0xcffd, 0xd017, GcbLVT },
	{ 0xd018, 0xd018, GcbLV },
	{ 0xd019, 0xd033, GcbLVT },
	{ 0xd034, 0xd034, GcbLV },
	{ 0xd035, 0xd04f, GcbLVT },
	{ 0xd050, 0xd050, GcbLV },
	{ 0xd051, 0xd06b, GcbLVT },
	{ 0xd06c, 0xd06c, GcbLV },
	{ 0xd06d, 0xd087, GcbLVT },
	{ 0xd088, 0xd088, GcbLV },
	{ 0xd089, 0xd0a3, GcbLVT },
	{ 0xd0a4, 0xd0a4, GcbLV },
	{ 0xd0a5, 0xd0bf, GcbLVT },
	{ 0xd0c0, 0xd0c0, GcbLV },
	{ 0xd0c1, 0xd0db, GcbLVT },
	{ 0xd0dc, 0xd0dc, GcbLV },
	{ 0xd0dd, 0xd0f7, GcbLVT },
	{ 0xd0f8, 0xd0f8, GcbLV },
	{ 0xd0f9, 0xd113, GcbLVT },
	{ 0xd114, 0xd114, GcbLV },
	{ 0xd115, 0xd12f, GcbLVT },
	{ 0xd130, 0xd130, GcbLV },
	{ 0xd131, 0xd14b, GcbLVT },
	{ 0xd14c, 0xd14c, GcbLV },
	{ 0xd14d, 0xd167, GcbLVT },
	{ 0xd168, 0xd168, GcbLV },
	{ 0xd169, 0xd183, GcbLVT },
	{ 0xd184, 0xd184, GcbLV },
	{ 0xd185, 0xd19f, GcbLVT },
	{ 0xd1a0, 0xd1a0, GcbLV },
	{ 0xd1a1, 0xd1bb, GcbLVT },
	{ 0xd1bc, 0xd1bc, GcbLV },
	{ 0xd1bd, 0xd1d7, GcbLVT },
	{ 0xd1d8, 0xd1d8, GcbLV },
	{ 0xd1d9, 0xd1f3, GcbLVT },
	{ 0xd1f4, 0xd1f4, GcbLV },
	{ 0xd1f5, 0xd20f, GcbLVT },
	{ 0xd210, 0xd210, GcbLV },
	{ 0xd211, 0xd22b, GcbLVT },
	{ 0xd22c, 0xd22c, GcbLV },
	{ 0xd22d, 0xd247, GcbLVT },
	{ 0xd248, 0xd248, GcbLV },
	{ 0xd249, 0xd263, GcbLVT },
	{ 0xd264, 0xd264, GcbLV },
	{ 0xd265, 0xd27f, GcbLVT },
	{ 0xd280, 0xd280, GcbLV },
	{ 0xd281, 0xd29b, GcbLVT },
	{ 0xd29c, 0xd29c, GcbLV },
	{ 0xd29d, 0xd2b7, GcbLVT },
	{ 0xd2b8, 0xd2b8, GcbLV },
	{ 0xd2b9, 0xd2d3, GcbLVT },
	{ 0xd2d4, 0xd2d4, GcbLV },
	{ 0xd2d5, 0xd2ef, GcbLVT },
	{ 0xd2f0, 0xd2f0, GcbLV },
	{ 0xd2f1, 0xd30b, GcbLVT },
	{ 0xd30c, 0xd30c, GcbLV },
	{ 0xd30d, 0xd327, GcbLVT },
	{ 0xd328, 0xd328, GcbLV },
	{ 0xd329, 0xd343, GcbLVT },
	{ 0xd344, 0xd344, GcbLV },
	{ 0xd345, 0xd35f, GcbLVT },
	{ 0xd360, 0xd360, GcbLV },
	{ 0xd361, 0xd37b, GcbLVT },
	{ 0xd37c, 0xd37c, GcbLV },
	{ 0xd37d, 0xd397, GcbLVT },
	{ 0xd398, 0xd398, GcbLV },
	{ 0xd399, 0xd3b3, GcbLVT },
	{ 0xd3b4, 0xd3b4, GcbLV },
	{ 0xd3b5, 0xd3cf, GcbLVT },
	{ 0xd3d0, 0xd3d0, GcbLV },
	{ 0xd3d1, 0xd3eb, GcbLVT },
	{ 0xd3ec, 0xd3ec, GcbLV },
	{ 0xd3ed, 0xd407, GcbLVT },
	{ 0xd408, 0xd408, GcbLV },
	{ 0xd409, 0xd423, GcbLVT },
	{ 0xd424, 0xd424, GcbLV },
	{ 0xd425, 0xd43f, GcbLVT },
	{ 0xd440, 0xd440, GcbLV },
	{ 0xd441, 0xd45b, GcbLVT },
	{ 0xd45c, 0xd45c, GcbLV },
	{ 0xd45d, 0xd477, GcbLVT },
	{ 0xd478, 0xd478, GcbLV },
	{ 0xd479, 0xd493, GcbLVT },
	{ 0xd494, 0xd494, GcbLV },
	{ 0xd495, 0xd4af, GcbLVT },
	{ 0xd4b0, 0xd4b0, GcbLV },
	{ 0xd4b1, 0xd4cb, GcbLVT },
	{ 0xd4cc, 0xd4cc, GcbLV },
	{ 0xd4cd, 0xd4e7, GcbLVT },
	{ 0xd4e8, 0xd4e8, GcbLV },
	{ 0xd4e9, 0xd503, GcbLVT },
	{ 0xd504, 0xd504, GcbLV },
	{ 0xd505, 0xd51f, GcbLVT },
	{ 0xd520, 0xd520, GcbLV },
	{ 0xd521, 0xd53b, GcbLVT },
	{ 0xd53c, 0xd53c, GcbLV },
	{ 0xd53d, 0xd557, GcbLVT },
	{ 0xd558, 0xd558, GcbLV },
	{ 0xd559, 0xd573, GcbLVT },
	{ 0xd574, 0xd574, GcbLV },
	{ 0xd575, 0xd58f, GcbLVT },
	{ 0xd590, 0xd590, GcbLV },
	{ 0xd591, 0xd5ab, GcbLVT },
	{ 0xd5ac, 0xd5ac, GcbLV },
	{ 0xd5ad, 0xd5c7, GcbLVT },
	{ 0xd5c8, 0xd5c8, GcbLV },
	{ 0xd5c9, 0xd5e3, GcbLVT },
	{ 0xd5e4, 0xd5e4, GcbLV },
	{ 0xd5e5, 0xd5ff, GcbLVT },
	{ 0xd600, 0xd600, GcbLV },
	{ 0xd601, 0xd61b, GcbLVT },
	{ 0xd61c, 0xd61c, GcbLV },
	{ 0xd61d, 0xd637, GcbLVT },
	{ 0xd638, 0xd638, GcbLV },
	{ 0xd639, 0xd653, GcbLVT },
	{ 0xd654, 0xd654, GcbLV },
	{ 0xd655, 0xd66f, GcbLVT },
	{ 0xd670, 0xd670, GcbLV },
	{ 0xd671, 0xd68b, GcbLVT },
	{ 0xd68c, 0xd68c, GcbLV },
	{ 0xd68d, 0xd6a7, GcbLVT },
	{ 0xd6a8, 0xd6a8, GcbLV },
	{ 0xd6a9, 0xd6c3, GcbLVT },
	{ 0xd6c4, 0xd6c4, GcbLV },
	{ 0xd6c5, 0xd6df, GcbLVT },
	{ 0xd6e0, 0xd6e0, GcbLV },
	{ 0xd6e1, 0xd6fb, GcbLVT },
	{ 0xd6fc, 0xd6fc, GcbLV },
	{ 0xd6fd, 0xd717, GcbLVT },
	{ 0xd718, 0xd718, GcbLV },
	{ 0xd719, 0xd733, GcbLVT },
	{ 0xd734, 0xd734, GcbLV },
	{ 0xd735, 0xd74f, GcbLVT },
	{ 0xd750, 0xd750, GcbLV },
	{ 0xd751, 0xd76b, GcbLVT },
	{ 0xd76c, 0xd76c, GcbLV },
	{ 0xd76d, 0xd787, GcbLVT },
	{ 0xd788, 0xd788, GcbLV },
	{ 0xd789, 0xd7a3, GcbLVT },
	{ 0xd7b0, 0xd7c6, GcbV },
	{ 0xd7cb, 0xd7fb, GcbT },
	{ 0xfb1e, 0xfb1e, GcbExtend },
	{ 0xfe00, 0xfe0f, GcbExtend },
	{ 0xfe20, 0xfe2f, GcbExtend },
	{ 0xfeff, 0xfeff, GcbControl },
	{ 0xff9e, 0xff9f, GcbExtend },
	{ 0xfff0, 0xfffb, GcbControl },
	{ 0x101fd, 0x101fd, GcbExtend },
	{ 0x102e0, 0x102e0, GcbExtend },
	{ 0x10376, 0x1037a, GcbExtend },
	{ 0x10a01, 0x10a03, GcbExtend },
	{ 0x10a05, 0x10a06, GcbExtend },
	{ 0x10a0c, 0x10a0f, GcbExtend },
	{ 0x10a38, 0x10a3a, GcbExtend },
	{ 0x10a3f, 0x10a3f, GcbExtend },
	{ 0x10ae5, 0x10ae6, GcbExtend },
	{ 0x10d24, 0x10d27, GcbExtend },
	{ 0x10eab, 0x10eac, GcbExtend },
	{ 0x10efd, 0x10eff, GcbExtend },
	{ 0x10f46, 0x10f50, GcbExtend },
	{ 0x10f82, 0x10f85, GcbExtend },
	{ 0x11000, 0x11000, GcbSpacingMark },
	{ 0x11001, 0x11001, GcbExtend },
	{ 0x11002, 0x11002, GcbSpacingMark },
	{ 0x11038, 0x11046, GcbExtend },
	{ 0x11070, 0x11070, GcbExtend },
	{ 0x11073, 0x11074, GcbExtend },
	{ 0x1107f, 0x11081, GcbExtend },
	{ 0x11082, 0x11082, GcbSpacingMark },
	{ 0x110b0, 0x110b2, GcbSpacingMark },
	{ 0x110b3, 0x110b6, GcbExtend },
	{ 0x110b7, 0x110b8, GcbSpacingMark },
	{ 0x110b9, 0x110ba, GcbExtend },
	{ 0x110bd, 0x110bd, GcbPrepend },
	{ 0x110c2, 0x110c2, GcbExtend },
	{ 0x110cd, 0x110cd, GcbPrepend },
	{ 0x11100, 0x11102, GcbExtend },
	{ 0x11127, 0x1112b, GcbExtend },
	{ 0x1112c, 0x1112c, GcbSpacingMark },
	{ 0x1112d, 0x11134, GcbExtend },
	{ 0x11145, 0x11146, GcbSpacingMark },
	{ 0x11173, 0x11173, GcbExtend },
	{ 0x11180, 0x11181, GcbExtend },
	{ 0x11182, 0x11182, GcbSpacingMark },
	{ 0x111b3, 0x111b5, GcbSpacingMark },
	{ 0x111b6, 0x111be, GcbExtend },
	{ 0x111bf, 0x111c0, GcbSpacingMark },
	{ 0x111c2, 0x111c3, GcbPrepend },
	{ 0x111c9, 0x111cc, GcbExtend },
	{ 0x111ce, 0x111ce, GcbSpacingMark },
	{ 0x111cf, 0x111cf, GcbExtend },
	{ 0x1122c, 0x1122e, GcbSpacingMark },
	{ 0x1122f, 0x11231, GcbExtend },
	{ 0x11232, 0x11233, GcbSpacingMark },
	{ 0x11234, 0x11234, GcbExtend },
	{ 0x11235, 0x11235, GcbSpacingMark },
	{ 0x11236, 0x11237, GcbExtend },
	{ 0x1123e, 0x1123e, GcbExtend },
	{ 0x11241, 0x11241, GcbExtend },
	{ 0x112df, 0x112df, GcbExtend },
	{ 0x112e0, 0x112e2, GcbSpacingMark },
	{ 0x112e3, 0x112ea, GcbExtend },
	{ 0x11300, 0x11301, GcbExtend },
	{ 0x11302, 0x11303, GcbSpacingMark },
	{ 0x1133b, 0x1133c, GcbExtend },
	{ 0x1133e, 0x1133e, GcbExtend },
	{ 0x1133f, 0x1133f, GcbSpacingMark },
	{ 0x11340, 0x11340, GcbExtend },
	{ 0x11341, 0x11344, GcbSpacingMark },
	{ 0x11347, 0x11348, GcbSpacingMark },
	{ 0x1134b, 0x1134d, GcbSpacingMark },
	{ 0x11357, 0x11357, GcbExtend },
	{ 0x11362, 0x11363, GcbSpacingMark },
	{ 0x11366, 0x1136c, GcbExtend },
	{ 0x11370, 0x11374, GcbExtend },
	{ 0x11435, 0x11437, GcbSpacingMark },
	{ 0x11438, 0x1143f, GcbExtend },
	{ 0x11440, 0x11441, GcbSpacingMark },
	{ 0x11442, 0x11444, GcbExtend },
	{ 0x11445, 0x11445, GcbSpacingMark },
	{ 0x11446, 0x11446, GcbExtend },
	{ 0x1145e, 0x1145e, GcbExtend },
	{ 0x114b0, 0x114b0, GcbExtend },
	{ 0x114b1, 0x114b2, GcbSpacingMark },
	{ 0x114b3, 0x114b8, GcbExtend },
	{ 0x114b9, 0x114b9, GcbSpacingMark },
	{ 0x114ba, 0x114ba, GcbExtend },
	{ 0x114bb, 0x114bc, GcbSpacingMark },
	{ 0x114bd, 0x114bd, GcbExtend },
	{ 0x114be, 0x114be, GcbSpacingMark },
	{ 0x114bf, 0x114c0, GcbExtend },
	{ 0x114c1, 0x114c1, GcbSpacingMark },
	{ 0x114c2, 0x114c3, GcbExtend },
	{ 0x115af, 0x115af, GcbExtend },
	{ 0x115b0, 0x115b1, GcbSpacingMark },
	{ 0x115b2, 0x115b5, GcbExtend },
	{ 0x115b8, 0x115bb, GcbSpacingMark },
	{ 0x115bc, 0x115bd, GcbExtend },
	{ 0x115be, 0x115be, GcbSpacingMark },
	{ 0x115bf, 0x115c0, GcbExtend },
	{ 0x115dc, 0x115dd, GcbExtend },
	{ 0x11630, 0x11632, GcbSpacingMark },
	{ 0x11633, 0x1163a, GcbExtend },
	{ 0x1163b, 0x1163c, GcbSpacingMark },
	{ 0x1163d, 0x1163d, GcbExtend },
	{ 0x1163e, 0x1163e, GcbSpacingMark },
	{ 0x1163f, 0x11640, GcbExtend },
	{ 0x116ab, 0x116ab, GcbExtend },
	{ 0x116ac, 0x116ac, GcbSpacingMark },
	{ 0x116ad, 0x116ad, GcbExtend },
	{ 0x116ae, 0x116af, GcbSpacingMark },
	{ 0x116b0, 0x116b5, GcbExtend },
	{ 0x116b6, 0x116b6, GcbSpacingMark },
	{ 0x116b7, 0x116b7, GcbExtend },
	{ 0x1171d, 0x1171f, GcbExtend },
	{ 0x11722, 0x11725, GcbExtend },
	{ 0x11726, 0x11726, GcbSpacingMark },
	{ 0x11727, 0x1172b, GcbExtend },
	{ 0x1182c, 0x1182e, GcbSpacingMark },
	{ 0x1182f, 0x11837, GcbExtend },
	{ 0x11838, 0x11838, GcbSpacingMark },
	{ 0x11839, 0x1183a, GcbExtend },
	{ 0x11930, 0x11930, GcbExtend },
	{ 0x11931, 0x11935, GcbSpacingMark },
	{ 0x11937, 0x11938, GcbSpacingMark },
	{ 0x1193b, 0x1193c, GcbExtend },
	{ 0x1193d, 0x1193d, GcbSpacingMark },
	{ 0x1193e, 0x1193e, GcbExtend },
	{ 0x1193f, 0x1193f, GcbPrepend },
	{ 0x11940, 0x11940, GcbSpacingMark },
	{ 0x11941, 0x11941, GcbPrepend },
	{ 0x11942, 0x11942, GcbSpacingMark },
	{ 0x11943, 0x11943, GcbExtend },
	{ 0x119d1, 0x119d3, GcbSpacingMark },
	{ 0x119d4, 0x119d7, GcbExtend },
	{ 0x119da, 0x119db, GcbExtend },
	{ 0x119dc, 0x119df, GcbSpacingMark },
	{ 0x119e0, 0x119e0, GcbExtend },
	{ 0x119e4, 0x119e4, GcbSpacingMark },
	{ 0x11a01, 0x11a0a, GcbExtend },
	{ 0x11a33, 0x11a38, GcbExtend },
	{ 0x11a39, 0x11a39, GcbSpacingMark },
	{ 0x11a3a, 0x11a3a, GcbPrepend },
	{ 0x11a3b, 0x11a3e, GcbExtend },
	{ 0x11a47, 0x11a47, GcbExtend },
	{ 0x11a51, 0x11a56, GcbExtend },
	{ 0x11a57, 0x11a58, GcbSpacingMark },
	{ 0x11a59, 0x11a5b, GcbExtend },
	{ 0x11a84, 0x11a89, GcbPrepend },
	{ 0x11a8a, 0x11a96, GcbExtend },
	{ 0x11a97, 0x11a97, GcbSpacingMark },
	{ 0x11a98, 0x11a99, GcbExtend },
	{ 0x11c2f, 0x11c2f, GcbSpacingMark },
	{ 0x11c30, 0x11c36, GcbExtend },
	{ 0x11c38, 0x11c3d, GcbExtend },
	{ 0x11c3e, 0x11c3e, GcbSpacingMark },
	{ 0x11c3f, 0x11c3f, GcbExtend },
	{ 0x11c92, 0x11ca7, GcbExtend },
	{ 0x11ca9, 0x11ca9, GcbSpacingMark },
	{ 0x11caa, 0x11cb0, GcbExtend },
	{ 0x11cb1, 0x11cb1, GcbSpacingMark },
	{ 0x11cb2, 0x11cb3, GcbExtend },
	{ 0x11cb4, 0x11cb4, GcbSpacingMark },
	{ 0x11cb5, 0x11cb6, GcbExtend },
	{ 0x11d31, 0x11d36, GcbExtend },
	{ 0x11d3a, 0x11d3a, GcbExtend },
	{ 0x11d3c, 0x11d3d, GcbExtend },
	{ 0x11d3f, 0x11d45, GcbExtend },
	{ 0x11d46, 0x11d46, GcbPrepend },
	{ 0x11d47, 0x11d47, GcbExtend },
	{ 0x11d8a, 0x11d8e, GcbSpacingMark },
	{ 0x11d90, 0x11d91, GcbExtend },
	{ 0x11d93, 0x11d94, GcbSpacingMark },
	{ 0x11d95, 0x11d95, GcbExtend },
	{ 0x11d96, 0x11d96, GcbSpacingMark },
	{ 0x11d97, 0x11d97, GcbExtend },
	{ 0x11ef3, 0x11ef4, GcbExtend },
	{ 0x11ef5, 0x11ef6, GcbSpacingMark },
	{ 0x11f00, 0x11f01, GcbExtend },
	{ 0x11f02, 0x11f02, GcbPrepend },
	{ 0x11f03, 0x11f03, GcbSpacingMark },
	{ 0x11f34, 0x11f35, GcbSpacingMark },
	{ 0x11f36, 0x11f3a, GcbExtend },
	{ 0x11f3e, 0x11f3f, GcbSpacingMark },
	{ 0x11f40, 0x11f40, GcbExtend },
	{ 0x11f41, 0x11f41, GcbSpacingMark },
	{ 0x11f42, 0x11f42, GcbExtend },
	{ 0x13430, 0x1343f, GcbControl },
	{ 0x13440, 0x13440, GcbExtend },
	{ 0x13447, 0x13455, GcbExtend },
	{ 0x16af0, 0x16af4, GcbExtend },
	{ 0x16b30, 0x16b36, GcbExtend },
	{ 0x16f4f, 0x16f4f, GcbExtend },
	{ 0x16f51, 0x16f87, GcbSpacingMark },
	{ 0x16f8f, 0x16f92, GcbExtend },
	{ 0x16fe4, 0x16fe4, GcbExtend },
	{ 0x16ff0, 0x16ff1, GcbSpacingMark },
	{ 0x1bc9d, 0x1bc9e, GcbExtend },
	{ 0x1bca0, 0x1bca3, GcbControl },
	{ 0x1cf00, 0x1cf2d, GcbExtend },
	{ 0x1cf30, 0x1cf46, GcbExtend },
	{ 0x1d165, 0x1d165, GcbExtend },
	{ 0x1d166, 0x1d166, GcbSpacingMark },
	{ 0x1d167, 0x1d169, GcbExtend },
	{ 0x1d16d, 0x1d16d, GcbSpacingMark },
	{ 0x1d16e, 0x1d172, GcbExtend },
	{ 0x1d173, 0x1d17a, GcbControl },
	{ 0x1d17b, 0x1d182, GcbExtend },
	{ 0x1d185, 0x1d18b, GcbExtend },
	{ 0x1d1aa, 0x1d1ad, GcbExtend },
	{ 0x1d242, 0x1d244, GcbExtend },
	{ 0x1da00, 0x1da36, GcbExtend },
	{ 0x1da3b, 0x1da6c, GcbExtend },
	{ 0x1da75, 0x1da75, GcbExtend },
	{ 0x1da84, 0x1da84, GcbExtend },
	{ 0x1da9b, 0x1da9f, GcbExtend },
	{ 0x1daa1, 0x1daaf, GcbExtend },
	{ 0x1e000, 0x1e006, GcbExtend },
	{ 0x1e008, 0x1e018, GcbExtend },
	{ 0x1e01b, 0x1e021, GcbExtend },
	{ 0x1e023, 0x1e024, GcbExtend },
	{ 0x1e026, 0x1e02a, GcbExtend },
	{ 0x1e08f, 0x1e08f, GcbExtend },
	{ 0x1e130, 0x1e136, GcbExtend },
	{ 0x1e2ae, 0x1e2ae, GcbExtend },
	{ 0x1e2ec, 0x1e2ef, GcbExtend },
	{ 0x1e4ec, 0x1e4ef, GcbExtend },
	{ 0x1e8d0, 0x1e8d6, GcbExtend },
	{ 0x1e944, 0x1e94a, GcbExtend },
	{ 0x1f000, 0x1f0ff, GcbPict },
	{ 0x1f10d, 0x1f10f, GcbPict },
	{ 0x1f12f, 0x1f12f, GcbPict },
	{ 0x1f16c, 0x1f171, GcbPict },
	{ 0x1f17e, 0x1f17f, GcbPict },
	{ 0x1f18e, 0x1f18e, GcbPict },
	{ 0x1f191, 0x1f19a, GcbPict },
	{ 0x1f1ad, 0x1f1e5, GcbPict },
	{ 0x1f1e6, 0x1f1ff, GcbRI },
	{ 0x1f201, 0x1f20f, GcbPict },
	{ 0x1f21a, 0x1f21a, GcbPict },
	{ 0x1f22f, 0x1f22f, GcbPict },
	{ 0x1f232, 0x1f23a, GcbPict },
	{ 0x1f23c, 0x1f23f, GcbPict },
	{ 0x1f249, 0x1f3fa, GcbPict },
	{ 0x1f3fb, 0x1f3ff, GcbExtend },
	{ 0x1f400, 0x1f53d, GcbPict },
	{ 0x1f546, 0x1f64f, GcbPict },
	{ 0x1f680, 0x1f6ff, GcbPict },
	{ 0x1f774, 0x1f77f, GcbPict },
	{ 0x1f7d5, 0x1f7ff, GcbPict },
	{ 0x1f80c, 0x1f80f, GcbPict },
	{ 0x1f848, 0x1f84f, GcbPict },
	{ 0x1f85a, 0x1f85f, GcbPict },
	{ 0x1f888, 0x1f88f, GcbPict },
	{ 0x1f8ae, 0x1f8ff, GcbPict },
	{ 0x1f90c, 0x1f93a, GcbPict },
	{ 0x1f93c, 0x1f945, GcbPict },
	{ 0x1f947, 0x1faff, GcbPict },
	{ 0x1fc00, 0x1fffd, GcbPict },
	{ 0xe0000, 0xe001f, GcbControl },
	{ 0xe0020, 0xe007f, GcbExtend },
	{ 0xe0080, 0xe00ff, GcbControl },
	{ 0xe0100, 0xe01ef, GcbExtend },
	{ 0xe01f0, 0xe0fff, GcbControl },
/* END TABLE grapheme */
};

static enum gcb
gcb_of(uint32_t c)
{
	const struct urange *r;

	if (c < 0x7f)
		return c == '\r' ? GcbCR : c == '\n' ? GcbLF :
		    c < 0x20 ? GcbControl : GcbOther;
	if (c & BADBYTE)
		return GcbControl;
	if ((r = urange_find(grapheme, LEN(grapheme), c)))
		return (enum gcb)r->v;
	return GcbOther;
}

/*
 * Letters and their base letters for --ignore-accents: generated by
 * test/tools/gen-tables from UnicodeData.txt (see there).
 */
static const uint16_t accents[][2] = {
/* BEGIN TABLE accents */
	{ 0x00c0, 0x0041 },
	{ 0x00c1, 0x0041 },
	{ 0x00c2, 0x0041 },
	{ 0x00c3, 0x0041 },
	{ 0x00c4, 0x0041 },
	{ 0x00c5, 0x0041 },
	{ 0x00c7, 0x0043 },
	{ 0x00c8, 0x0045 },
	{ 0x00c9, 0x0045 },
	{ 0x00ca, 0x0045 },
	{ 0x00cb, 0x0045 },
	{ 0x00cc, 0x0049 },
	{ 0x00cd, 0x0049 },
	{ 0x00ce, 0x0049 },
	{ 0x00cf, 0x0049 },
	{ 0x00d1, 0x004e },
	{ 0x00d2, 0x004f },
	{ 0x00d3, 0x004f },
	{ 0x00d4, 0x004f },
	{ 0x00d5, 0x004f },
	{ 0x00d6, 0x004f },
	{ 0x00d9, 0x0055 },
	{ 0x00da, 0x0055 },
	{ 0x00db, 0x0055 },
	{ 0x00dc, 0x0055 },
	{ 0x00dd, 0x0059 },
	{ 0x00e0, 0x0061 },
	{ 0x00e1, 0x0061 },
	{ 0x00e2, 0x0061 },
	{ 0x00e3, 0x0061 },
	{ 0x00e4, 0x0061 },
	{ 0x00e5, 0x0061 },
	{ 0x00e7, 0x0063 },
	{ 0x00e8, 0x0065 },
	{ 0x00e9, 0x0065 },
	{ 0x00ea, 0x0065 },
	{ 0x00eb, 0x0065 },
	{ 0x00ec, 0x0069 },
	{ 0x00ed, 0x0069 },
	{ 0x00ee, 0x0069 },
	{ 0x00ef, 0x0069 },
	{ 0x00f1, 0x006e },
	{ 0x00f2, 0x006f },
	{ 0x00f3, 0x006f },
	{ 0x00f4, 0x006f },
	{ 0x00f5, 0x006f },
	{ 0x00f6, 0x006f },
	{ 0x00f9, 0x0075 },
	{ 0x00fa, 0x0075 },
	{ 0x00fb, 0x0075 },
	{ 0x00fc, 0x0075 },
	{ 0x00fd, 0x0079 },
	{ 0x00ff, 0x0079 },
	{ 0x0100, 0x0041 },
	{ 0x0101, 0x0061 },
	{ 0x0102, 0x0041 },
	{ 0x0103, 0x0061 },
	{ 0x0104, 0x0041 },
	{ 0x0105, 0x0061 },
	{ 0x0106, 0x0043 },
	{ 0x0107, 0x0063 },
	{ 0x0108, 0x0043 },
	{ 0x0109, 0x0063 },
	{ 0x010a, 0x0043 },
	{ 0x010b, 0x0063 },
	{ 0x010c, 0x0043 },
	{ 0x010d, 0x0063 },
	{ 0x010e, 0x0044 },
	{ 0x010f, 0x0064 },
	{ 0x0112, 0x0045 },
	{ 0x0113, 0x0065 },
	{ 0x0114, 0x0045 },
	{ 0x0115, 0x0065 },
	{ 0x0116, 0x0045 },
	{ 0x0117, 0x0065 },
	{ 0x0118, 0x0045 },
	{ 0x0119, 0x0065 },
	{ 0x011a, 0x0045 },
	{ 0x011b, 0x0065 },
	{ 0x011c, 0x0047 },
	{ 0x011d, 0x0067 },
	{ 0x011e, 0x0047 },
	{ 0x011f, 0x0067 },
	{ 0x0120, 0x0047 },
	{ 0x0121, 0x0067 },
	{ 0x0122, 0x0047 },
	{ 0x0123, 0x0067 },
	{ 0x0124, 0x0048 },
	{ 0x0125, 0x0068 },
	{ 0x0128, 0x0049 },
	{ 0x0129, 0x0069 },
	{ 0x012a, 0x0049 },
	{ 0x012b, 0x0069 },
	{ 0x012c, 0x0049 },
	{ 0x012d, 0x0069 },
	{ 0x012e, 0x0049 },
	{ 0x012f, 0x0069 },
	{ 0x0130, 0x0049 },
	{ 0x0134, 0x004a },
	{ 0x0135, 0x006a },
	{ 0x0136, 0x004b },
	{ 0x0137, 0x006b },
	{ 0x0139, 0x004c },
	{ 0x013a, 0x006c },
	{ 0x013b, 0x004c },
	{ 0x013c, 0x006c },
	{ 0x013d, 0x004c },
	{ 0x013e, 0x006c },
	{ 0x0143, 0x004e },
	{ 0x0144, 0x006e },
	{ 0x0145, 0x004e },
	{ 0x0146, 0x006e },
	{ 0x0147, 0x004e },
	{ 0x0148, 0x006e },
	{ 0x014c, 0x004f },
	{ 0x014d, 0x006f },
	{ 0x014e, 0x004f },
	{ 0x014f, 0x006f },
	{ 0x0150, 0x004f },
	{ 0x0151, 0x006f },
	{ 0x0154, 0x0052 },
	{ 0x0155, 0x0072 },
	{ 0x0156, 0x0052 },
	{ 0x0157, 0x0072 },
	{ 0x0158, 0x0052 },
	{ 0x0159, 0x0072 },
	{ 0x015a, 0x0053 },
	{ 0x015b, 0x0073 },
	{ 0x015c, 0x0053 },
	{ 0x015d, 0x0073 },
	{ 0x015e, 0x0053 },
	{ 0x015f, 0x0073 },
	{ 0x0160, 0x0053 },
	{ 0x0161, 0x0073 },
	{ 0x0162, 0x0054 },
	{ 0x0163, 0x0074 },
	{ 0x0164, 0x0054 },
	{ 0x0165, 0x0074 },
	{ 0x0168, 0x0055 },
	{ 0x0169, 0x0075 },
	{ 0x016a, 0x0055 },
	{ 0x016b, 0x0075 },
	{ 0x016c, 0x0055 },
	{ 0x016d, 0x0075 },
	{ 0x016e, 0x0055 },
	{ 0x016f, 0x0075 },
	{ 0x0170, 0x0055 },
	{ 0x0171, 0x0075 },
	{ 0x0172, 0x0055 },
	{ 0x0173, 0x0075 },
	{ 0x0174, 0x0057 },
	{ 0x0175, 0x0077 },
	{ 0x0176, 0x0059 },
	{ 0x0177, 0x0079 },
	{ 0x0178, 0x0059 },
	{ 0x0179, 0x005a },
	{ 0x017a, 0x007a },
	{ 0x017b, 0x005a },
	{ 0x017c, 0x007a },
	{ 0x017d, 0x005a },
	{ 0x017e, 0x007a },
	{ 0x01a0, 0x004f },
	{ 0x01a1, 0x006f },
	{ 0x01af, 0x0055 },
	{ 0x01b0, 0x0075 },
	{ 0x01cd, 0x0041 },
	{ 0x01ce, 0x0061 },
	{ 0x01cf, 0x0049 },
	{ 0x01d0, 0x0069 },
	{ 0x01d1, 0x004f },
	{ 0x01d2, 0x006f },
	{ 0x01d3, 0x0055 },
	{ 0x01d4, 0x0075 },
	{ 0x01d5, 0x0055 },
	{ 0x01d6, 0x0075 },
	{ 0x01d7, 0x0055 },
	{ 0x01d8, 0x0075 },
	{ 0x01d9, 0x0055 },
	{ 0x01da, 0x0075 },
	{ 0x01db, 0x0055 },
	{ 0x01dc, 0x0075 },
	{ 0x01de, 0x0041 },
	{ 0x01df, 0x0061 },
	{ 0x01e0, 0x0041 },
	{ 0x01e1, 0x0061 },
	{ 0x01e2, 0x00c6 },
	{ 0x01e3, 0x00e6 },
	{ 0x01e6, 0x0047 },
	{ 0x01e7, 0x0067 },
	{ 0x01e8, 0x004b },
	{ 0x01e9, 0x006b },
	{ 0x01ea, 0x004f },
	{ 0x01eb, 0x006f },
	{ 0x01ec, 0x004f },
	{ 0x01ed, 0x006f },
	{ 0x01ee, 0x01b7 },
	{ 0x01ef, 0x0292 },
	{ 0x01f0, 0x006a },
	{ 0x01f4, 0x0047 },
	{ 0x01f5, 0x0067 },
	{ 0x01f8, 0x004e },
	{ 0x01f9, 0x006e },
	{ 0x01fa, 0x0041 },
	{ 0x01fb, 0x0061 },
	{ 0x01fc, 0x00c6 },
	{ 0x01fd, 0x00e6 },
	{ 0x01fe, 0x00d8 },
	{ 0x01ff, 0x00f8 },
	{ 0x0200, 0x0041 },
	{ 0x0201, 0x0061 },
	{ 0x0202, 0x0041 },
	{ 0x0203, 0x0061 },
	{ 0x0204, 0x0045 },
	{ 0x0205, 0x0065 },
	{ 0x0206, 0x0045 },
	{ 0x0207, 0x0065 },
	{ 0x0208, 0x0049 },
	{ 0x0209, 0x0069 },
	{ 0x020a, 0x0049 },
	{ 0x020b, 0x0069 },
	{ 0x020c, 0x004f },
	{ 0x020d, 0x006f },
	{ 0x020e, 0x004f },
	{ 0x020f, 0x006f },
	{ 0x0210, 0x0052 },
	{ 0x0211, 0x0072 },
	{ 0x0212, 0x0052 },
	{ 0x0213, 0x0072 },
	{ 0x0214, 0x0055 },
	{ 0x0215, 0x0075 },
	{ 0x0216, 0x0055 },
	{ 0x0217, 0x0075 },
	{ 0x0218, 0x0053 },
	{ 0x0219, 0x0073 },
	{ 0x021a, 0x0054 },
	{ 0x021b, 0x0074 },
	{ 0x021e, 0x0048 },
	{ 0x021f, 0x0068 },
	{ 0x0226, 0x0041 },
	{ 0x0227, 0x0061 },
	{ 0x0228, 0x0045 },
	{ 0x0229, 0x0065 },
	{ 0x022a, 0x004f },
	{ 0x022b, 0x006f },
	{ 0x022c, 0x004f },
	{ 0x022d, 0x006f },
	{ 0x022e, 0x004f },
	{ 0x022f, 0x006f },
	{ 0x0230, 0x004f },
	{ 0x0231, 0x006f },
	{ 0x0232, 0x0059 },
	{ 0x0233, 0x0079 },
	{ 0x0386, 0x0391 },
	{ 0x0388, 0x0395 },
	{ 0x0389, 0x0397 },
	{ 0x038a, 0x0399 },
	{ 0x038c, 0x039f },
	{ 0x038e, 0x03a5 },
	{ 0x038f, 0x03a9 },
	{ 0x0390, 0x03b9 },
	{ 0x03aa, 0x0399 },
	{ 0x03ab, 0x03a5 },
	{ 0x03ac, 0x03b1 },
	{ 0x03ad, 0x03b5 },
	{ 0x03ae, 0x03b7 },
	{ 0x03af, 0x03b9 },
	{ 0x03b0, 0x03c5 },
	{ 0x03ca, 0x03b9 },
	{ 0x03cb, 0x03c5 },
	{ 0x03cc, 0x03bf },
	{ 0x03cd, 0x03c5 },
	{ 0x03ce, 0x03c9 },
	{ 0x03d3, 0x03d2 },
	{ 0x03d4, 0x03d2 },
	{ 0x0400, 0x0415 },
	{ 0x0401, 0x0415 },
	{ 0x0403, 0x0413 },
	{ 0x0407, 0x0406 },
	{ 0x040c, 0x041a },
	{ 0x040d, 0x0418 },
	{ 0x040e, 0x0423 },
	{ 0x0419, 0x0418 },
	{ 0x0439, 0x0438 },
	{ 0x0450, 0x0435 },
	{ 0x0451, 0x0435 },
	{ 0x0453, 0x0433 },
	{ 0x0457, 0x0456 },
	{ 0x045c, 0x043a },
	{ 0x045d, 0x0438 },
	{ 0x045e, 0x0443 },
	{ 0x0476, 0x0474 },
	{ 0x0477, 0x0475 },
	{ 0x04c1, 0x0416 },
	{ 0x04c2, 0x0436 },
	{ 0x04d0, 0x0410 },
	{ 0x04d1, 0x0430 },
	{ 0x04d2, 0x0410 },
	{ 0x04d3, 0x0430 },
	{ 0x04d6, 0x0415 },
	{ 0x04d7, 0x0435 },
	{ 0x04da, 0x04d8 },
	{ 0x04db, 0x04d9 },
	{ 0x04dc, 0x0416 },
	{ 0x04dd, 0x0436 },
	{ 0x04de, 0x0417 },
	{ 0x04df, 0x0437 },
	{ 0x04e2, 0x0418 },
	{ 0x04e3, 0x0438 },
	{ 0x04e4, 0x0418 },
	{ 0x04e5, 0x0438 },
	{ 0x04e6, 0x041e },
	{ 0x04e7, 0x043e },
	{ 0x04ea, 0x04e8 },
	{ 0x04eb, 0x04e9 },
	{ 0x04ec, 0x042d },
	{ 0x04ed, 0x044d },
	{ 0x04ee, 0x0423 },
	{ 0x04ef, 0x0443 },
	{ 0x04f0, 0x0423 },
	{ 0x04f1, 0x0443 },
	{ 0x04f2, 0x0423 },
	{ 0x04f3, 0x0443 },
	{ 0x04f4, 0x0427 },
	{ 0x04f5, 0x0447 },
	{ 0x04f8, 0x042b },
	{ 0x04f9, 0x044b },
	{ 0x1e00, 0x0041 },
	{ 0x1e01, 0x0061 },
	{ 0x1e02, 0x0042 },
	{ 0x1e03, 0x0062 },
	{ 0x1e04, 0x0042 },
	{ 0x1e05, 0x0062 },
	{ 0x1e06, 0x0042 },
	{ 0x1e07, 0x0062 },
	{ 0x1e08, 0x0043 },
	{ 0x1e09, 0x0063 },
	{ 0x1e0a, 0x0044 },
	{ 0x1e0b, 0x0064 },
	{ 0x1e0c, 0x0044 },
	{ 0x1e0d, 0x0064 },
	{ 0x1e0e, 0x0044 },
	{ 0x1e0f, 0x0064 },
	{ 0x1e10, 0x0044 },
	{ 0x1e11, 0x0064 },
	{ 0x1e12, 0x0044 },
	{ 0x1e13, 0x0064 },
	{ 0x1e14, 0x0045 },
	{ 0x1e15, 0x0065 },
	{ 0x1e16, 0x0045 },
	{ 0x1e17, 0x0065 },
	{ 0x1e18, 0x0045 },
	{ 0x1e19, 0x0065 },
	{ 0x1e1a, 0x0045 },
	{ 0x1e1b, 0x0065 },
	{ 0x1e1c, 0x0045 },
	{ 0x1e1d, 0x0065 },
	{ 0x1e1e, 0x0046 },
	{ 0x1e1f, 0x0066 },
	{ 0x1e20, 0x0047 },
	{ 0x1e21, 0x0067 },
	{ 0x1e22, 0x0048 },
	{ 0x1e23, 0x0068 },
	{ 0x1e24, 0x0048 },
	{ 0x1e25, 0x0068 },
	{ 0x1e26, 0x0048 },
	{ 0x1e27, 0x0068 },
	{ 0x1e28, 0x0048 },
	{ 0x1e29, 0x0068 },
	{ 0x1e2a, 0x0048 },
	{ 0x1e2b, 0x0068 },
	{ 0x1e2c, 0x0049 },
	{ 0x1e2d, 0x0069 },
	{ 0x1e2e, 0x0049 },
	{ 0x1e2f, 0x0069 },
	{ 0x1e30, 0x004b },
	{ 0x1e31, 0x006b },
	{ 0x1e32, 0x004b },
	{ 0x1e33, 0x006b },
	{ 0x1e34, 0x004b },
	{ 0x1e35, 0x006b },
	{ 0x1e36, 0x004c },
	{ 0x1e37, 0x006c },
	{ 0x1e38, 0x004c },
	{ 0x1e39, 0x006c },
	{ 0x1e3a, 0x004c },
	{ 0x1e3b, 0x006c },
	{ 0x1e3c, 0x004c },
	{ 0x1e3d, 0x006c },
	{ 0x1e3e, 0x004d },
	{ 0x1e3f, 0x006d },
	{ 0x1e40, 0x004d },
	{ 0x1e41, 0x006d },
	{ 0x1e42, 0x004d },
	{ 0x1e43, 0x006d },
	{ 0x1e44, 0x004e },
	{ 0x1e45, 0x006e },
	{ 0x1e46, 0x004e },
	{ 0x1e47, 0x006e },
	{ 0x1e48, 0x004e },
	{ 0x1e49, 0x006e },
	{ 0x1e4a, 0x004e },
	{ 0x1e4b, 0x006e },
	{ 0x1e4c, 0x004f },
	{ 0x1e4d, 0x006f },
	{ 0x1e4e, 0x004f },
	{ 0x1e4f, 0x006f },
	{ 0x1e50, 0x004f },
	{ 0x1e51, 0x006f },
	{ 0x1e52, 0x004f },
	{ 0x1e53, 0x006f },
	{ 0x1e54, 0x0050 },
	{ 0x1e55, 0x0070 },
	{ 0x1e56, 0x0050 },
	{ 0x1e57, 0x0070 },
	{ 0x1e58, 0x0052 },
	{ 0x1e59, 0x0072 },
	{ 0x1e5a, 0x0052 },
	{ 0x1e5b, 0x0072 },
	{ 0x1e5c, 0x0052 },
	{ 0x1e5d, 0x0072 },
	{ 0x1e5e, 0x0052 },
	{ 0x1e5f, 0x0072 },
	{ 0x1e60, 0x0053 },
	{ 0x1e61, 0x0073 },
	{ 0x1e62, 0x0053 },
	{ 0x1e63, 0x0073 },
	{ 0x1e64, 0x0053 },
	{ 0x1e65, 0x0073 },
	{ 0x1e66, 0x0053 },
	{ 0x1e67, 0x0073 },
	{ 0x1e68, 0x0053 },
	{ 0x1e69, 0x0073 },
	{ 0x1e6a, 0x0054 },
	{ 0x1e6b, 0x0074 },
	{ 0x1e6c, 0x0054 },
	{ 0x1e6d, 0x0074 },
	{ 0x1e6e, 0x0054 },
	{ 0x1e6f, 0x0074 },
	{ 0x1e70, 0x0054 },
	{ 0x1e71, 0x0074 },
	{ 0x1e72, 0x0055 },
	{ 0x1e73, 0x0075 },
	{ 0x1e74, 0x0055 },
	{ 0x1e75, 0x0075 },
	{ 0x1e76, 0x0055 },
	{ 0x1e77, 0x0075 },
	{ 0x1e78, 0x0055 },
	{ 0x1e79, 0x0075 },
	{ 0x1e7a, 0x0055 },
	{ 0x1e7b, 0x0075 },
	{ 0x1e7c, 0x0056 },
	{ 0x1e7d, 0x0076 },
	{ 0x1e7e, 0x0056 },
	{ 0x1e7f, 0x0076 },
	{ 0x1e80, 0x0057 },
	{ 0x1e81, 0x0077 },
	{ 0x1e82, 0x0057 },
	{ 0x1e83, 0x0077 },
	{ 0x1e84, 0x0057 },
	{ 0x1e85, 0x0077 },
	{ 0x1e86, 0x0057 },
	{ 0x1e87, 0x0077 },
	{ 0x1e88, 0x0057 },
	{ 0x1e89, 0x0077 },
	{ 0x1e8a, 0x0058 },
	{ 0x1e8b, 0x0078 },
	{ 0x1e8c, 0x0058 },
	{ 0x1e8d, 0x0078 },
	{ 0x1e8e, 0x0059 },
	{ 0x1e8f, 0x0079 },
	{ 0x1e90, 0x005a },
	{ 0x1e91, 0x007a },
	{ 0x1e92, 0x005a },
	{ 0x1e93, 0x007a },
	{ 0x1e94, 0x005a },
	{ 0x1e95, 0x007a },
	{ 0x1e96, 0x0068 },
	{ 0x1e97, 0x0074 },
	{ 0x1e98, 0x0077 },
	{ 0x1e99, 0x0079 },
	{ 0x1e9b, 0x017f },
	{ 0x1ea0, 0x0041 },
	{ 0x1ea1, 0x0061 },
	{ 0x1ea2, 0x0041 },
	{ 0x1ea3, 0x0061 },
	{ 0x1ea4, 0x0041 },
	{ 0x1ea5, 0x0061 },
	{ 0x1ea6, 0x0041 },
	{ 0x1ea7, 0x0061 },
	{ 0x1ea8, 0x0041 },
	{ 0x1ea9, 0x0061 },
	{ 0x1eaa, 0x0041 },
	{ 0x1eab, 0x0061 },
	{ 0x1eac, 0x0041 },
	{ 0x1ead, 0x0061 },
	{ 0x1eae, 0x0041 },
	{ 0x1eaf, 0x0061 },
	{ 0x1eb0, 0x0041 },
	{ 0x1eb1, 0x0061 },
	{ 0x1eb2, 0x0041 },
	{ 0x1eb3, 0x0061 },
	{ 0x1eb4, 0x0041 },
	{ 0x1eb5, 0x0061 },
	{ 0x1eb6, 0x0041 },
	{ 0x1eb7, 0x0061 },
	{ 0x1eb8, 0x0045 },
	{ 0x1eb9, 0x0065 },
	{ 0x1eba, 0x0045 },
	{ 0x1ebb, 0x0065 },
	{ 0x1ebc, 0x0045 },
	{ 0x1ebd, 0x0065 },
	{ 0x1ebe, 0x0045 },
	{ 0x1ebf, 0x0065 },
	{ 0x1ec0, 0x0045 },
	{ 0x1ec1, 0x0065 },
	{ 0x1ec2, 0x0045 },
	{ 0x1ec3, 0x0065 },
	{ 0x1ec4, 0x0045 },
	{ 0x1ec5, 0x0065 },
	{ 0x1ec6, 0x0045 },
	{ 0x1ec7, 0x0065 },
	{ 0x1ec8, 0x0049 },
	{ 0x1ec9, 0x0069 },
	{ 0x1eca, 0x0049 },
	{ 0x1ecb, 0x0069 },
	{ 0x1ecc, 0x004f },
	{ 0x1ecd, 0x006f },
	{ 0x1ece, 0x004f },
	{ 0x1ecf, 0x006f },
	{ 0x1ed0, 0x004f },
	{ 0x1ed1, 0x006f },
	{ 0x1ed2, 0x004f },
	{ 0x1ed3, 0x006f },
	{ 0x1ed4, 0x004f },
	{ 0x1ed5, 0x006f },
	{ 0x1ed6, 0x004f },
	{ 0x1ed7, 0x006f },
	{ 0x1ed8, 0x004f },
	{ 0x1ed9, 0x006f },
	{ 0x1eda, 0x004f },
	{ 0x1edb, 0x006f },
	{ 0x1edc, 0x004f },
	{ 0x1edd, 0x006f },
	{ 0x1ede, 0x004f },
	{ 0x1edf, 0x006f },
	{ 0x1ee0, 0x004f },
	{ 0x1ee1, 0x006f },
	{ 0x1ee2, 0x004f },
	{ 0x1ee3, 0x006f },
	{ 0x1ee4, 0x0055 },
	{ 0x1ee5, 0x0075 },
	{ 0x1ee6, 0x0055 },
	{ 0x1ee7, 0x0075 },
	{ 0x1ee8, 0x0055 },
	{ 0x1ee9, 0x0075 },
	{ 0x1eea, 0x0055 },
	{ 0x1eeb, 0x0075 },
	{ 0x1eec, 0x0055 },
	{ 0x1eed, 0x0075 },
	{ 0x1eee, 0x0055 },
	{ 0x1eef, 0x0075 },
	{ 0x1ef0, 0x0055 },
	{ 0x1ef1, 0x0075 },
	{ 0x1ef2, 0x0059 },
	{ 0x1ef3, 0x0079 },
	{ 0x1ef4, 0x0059 },
	{ 0x1ef5, 0x0079 },
	{ 0x1ef6, 0x0059 },
	{ 0x1ef7, 0x0079 },
	{ 0x1ef8, 0x0059 },
	{ 0x1ef9, 0x0079 },
/* END TABLE accents */
};

/* The base letter of c by the accents table, or c. */
static uint32_t
accent_base(uint32_t c)
{
	size_t lo = 0, hi = LEN(accents), mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (accents[mid][0] == c)
			return accents[mid][1];
		if (accents[mid][0] < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return c;
}
