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
 * paper keys; selection and ranking values; similarity to liked papers
 * (--like: like_select scores a record, emit_record says why); the
 * format compiler; the renderer; the filter and ranking; the seen file;
 * --pipe; the command line; deliver and main; the tables.  Each function
 * comes before its callers, but for the few declared ahead.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
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

enum sortkey { SortNone, SortRelevance, SortPopularity, SortDate, SortLike };

/* --group: by announce type, first category, first keyword, or field N
 * (GroupField + N - 1). */
enum group { GroupNone, GroupType, GroupCategory, GroupKeyword, GroupField };

/* Grapheme_Cluster_Break values (UAX #29), and Extended_Pictographic,
 * which no character of another value has. */
enum gcb {
	GcbOther, GcbCR, GcbLF, GcbControl, GcbExtend, GcbZWJ, GcbRI,
	GcbPrepend, GcbSpacingMark, GcbL, GcbV, GcbT, GcbLV, GcbLVT, GcbPict
};

/* What --escape makes of each directive's value. */
enum escape { EscapeNone, EscapeHtml, EscapeCsv, EscapeTsv };

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
	double weight;          /* what it adds to the score: ^W, or 1 */
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

/* A liked paper's feature f and its weight p_jf. */
struct likepair {
	size_t f;
	int64_t x;
};

/* The liked papers of --like, read once at validate(): the vocab, the
 * table's words and then the liked papers' others; the papers of feature
 * f, by j, in pj/pw[post[f] .. post[f + 1]), the features of paper j in
 * pair[start[j] .. start[j + 1]), and the papers whose rarest feature,
 * their anchor, is f chained from first[f] through next[j], j + 1 each. */
struct profile {
	unsigned char cls[256];         /* the tokeniser's byte classes */
	uint64_t mask[8];               /* keeps the first i bytes of 8 */
	uint64_t stop[256];             /* stop words under 8 bytes, by hash */
	struct buf words;               /* the vocab's words, 0-padded */
	struct likevocab {              /* by vocab key */
		size_t off, len;        /* its word in words */
		unsigned weight;
		long f;                 /* its feature, -1: none */
	} *vocab;
	struct likeslot {               /* open addressing, by like_hash */
		uint64_t head;          /* the word's first 8 bytes */
		uint32_t k, weight;     /* key + 1, 0: free; its weight */
	} *slot;
	size_t nslot, nvocab, capvocab;
	unsigned rare;                  /* LIKE_RARE: a word not in vocab */
	struct likefeat {               /* by feature, one cache line */
		double cen;             /* C_f = S_f / n */
		double v;               /* v_f = C_f g_f */
		double t;               /* T(r_f) / 1000 */
	} *feat;
	size_t *post;                   /* nf + 1 offsets into pj and pw */
	uint32_t *pj;                   /* the paper j */
	int64_t *pw;                    /* its p_jf */
	struct likepair *pair;
	size_t *start;
	uint32_t *first, *next;
	size_t *title;                  /* paper j's title in titles */
	struct buf titles;              /* decoded, each ending in a NUL */
	size_t n, nf;
	double c2;                      /* the sum of C_f v_f */
};

/* A word of a record for --like: how often it occurs, its table weight,
 * its vocab key and feature, or -1 and its bytes at off in
 * likewords.text. */
struct likeword {
	size_t off, len, slot, hash;
	uint32_t count;
	unsigned weight;
	long k, f;
};

/* A record's words, each once in order of first occurrence, and what
 * scoring them needs; reused from record to record. */
struct likewords {
	struct likeword *v;
	size_t n, cap;
	struct buf text, tok, wide;     /* wide: a token beyond ASCII */
	uint32_t *slot;                 /* by hash: index + 1, 0 free */
	size_t nslot;
	int64_t *num;                   /* N_j, for each liked paper */
	int64_t *xf;                    /* x_f, for each feature f */
};

/* Why a printed record scored what it did (%L, %N, %W, --json). */
struct likeout {
	double score;
	const char *paper;              /* the title of the best j, or NULL */
	const struct likeword *word[3]; /* most of cov first */
	const char *text[3];            /* their words */
	size_t nword;
};

/* Scratch space for rendering one record. */
struct render {
	struct buf line, field, esc;
	struct spans hl;        /* highlights, in the cleaned field */
	size_t *starts;         /* byte offsets where directives begin */
	size_t nstarts, capstarts;
	const struct likewords *lw;     /* NULL: no --like */
	struct likeout like;
	int scored;                     /* the record has a score: */
	double score;                   /* %s, --json's "score" */
	int grouped;                    /* --group: the record's section, */
	const struct buf *group;        /* by name; NULL: none */
};

/* Option values in command-line order. */
struct arglist {
	const char **v;
	double *w;              /* weights (^W); -1: not read yet */
	size_t n, cap;
};

/* The command line, parsed and validated; read-only from then on. */
struct options {
	struct arglist keywords, excludes, authors, categories;
	struct arglist buffers;         /* list files' entries, as kept */
	struct arglist likes;           /* --like files */
	double min_like;                /* -1: no --min-like */
	double min_score;               /* -1: no --min-score */
	int weights;                    /* --weights: -e and -A take ^W */
	int group;                      /* as in struct query */
	const char *group_header;
	long long per_group;            /* 0: no --per-group */
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
	struct format section;          /* --group-header: %g, %n and %d */
	int headed, footed;             /* --header, --footer given */
	int group;                      /* enum group, or GroupField + N - 1 */
	unsigned long long per_group;   /* 0: no --per-group */
	int hold;                       /* the header counts: hold the output */
	enum sortkey sort;
	unsigned long long top;         /* 0: no --top */
	int limited;                    /* -m given */
	unsigned long long max_count;
	int keyed;                      /* -u or --seen: papers have keys */
	long long today;
	int liking;                     /* --like given */
	int scored;                     /* keywords, or authors of weight */
	enum depth author_depth;        /* FindEach when authors weigh */
	double min_score;               /* -1: no --min-score */
	int explain;                    /* print %L, %N, %W or --json's */
	double min_like;                /* -1: no --min-like */
	struct profile like;
};

/* A selected record kept for --sort or --top: a copy of its line, what
 * its keyword search found, and what it ranks by. */
struct ranked {
	struct buf line, found;
	int had_cr, valued, scored;
	double value, score;            /* what --sort ranks by; %s */
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
	struct buf title;               /* the title key, if there is one */
	struct buf section;             /* --group's header, before the next */
	struct buf held;                /* the output, while a header waits */
	struct likewords lw;            /* --like: the record's words */
	double like;                    /* and its score */
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
static unsigned idf_word(size_t, const char **);
static int check_list_line(const char *, unsigned long, const char *,
    size_t);

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
		if (ks->keys[k - 1].len == n && (n == 0 ||
		    !memcmp(ks->keys[k - 1].s, s, n)))
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

/* Compiles the keywords of l: folded patterns, their weights and their
 * automaton. */
static void
matcher_compile(struct matcher *m, const struct arglist *l,
    int fold_case, int word, int accents)
{
	size_t n = l->n;

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
		pt->arg = l->v[m->n];
		pt->weight = l->w[m->n];
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

/* Where the lower-case pat next occurs in t from at on, in any case: the
 * offset after it, or 0. */
static size_t
find_folded(const struct text *t, size_t at, const char *pat)
{
	size_t k, n = strlen(pat);

	for (; at + n <= t->len; at++) {
		for (k = 0; k < n && TOLOWER(t->p[at + k]) == pat[k]; k++)
			;
		if (k == n)
			return at + n;
	}
	return 0;
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
	size_t i, at;

	for (i = 0; i < LEN(before); i++)
		for (at = 0; (at = find_folded(link, at, before[i])); )
			if (put_arxiv_id(key, link->p + at, link->len - at))
				return 1;
	return 0;
}

/* Does t hold the lower-case pat at at, in any case? */
static int
starts_folded(const struct text *t, size_t at, const char *pat)
{
	return find_folded(t, at, pat) == at + strlen(pat);
}

/* When key, a cleaned link, is a DOI's (doi.org/10.R/S or dx.doi.org/...,
 * http, https or neither, any case), makes it that DOI in lower case, as
 * DOIs are case-blind: without a query, fragment or trailing '/', and
 * without the version that ends a bioRxiv or medRxiv DOI
 * (10.1101/2024.01.01.000001v2), so that every version is one paper. */
static void
link_doi(struct buf *key, struct buf *tmp)
{
	const struct text link = { key->p, key->len };
	const char *p = key->p;
	size_t at = 0, end, v, slash;

	at = starts_folded(&link, 0, "https://") ? 8 :
	    starts_folded(&link, 0, "http://") ? 7 : 0;
	at += starts_folded(&link, at, "dx.") ? 3 : 0;
	if (!starts_folded(&link, at, "doi.org/10."))
		return;
	at += 8;
	for (end = at; end < link.len && p[end] != '?' && p[end] != '#'; end++)
		;
	while (end > at && p[end - 1] == '/')
		end--;
	for (v = end; v > at && ISDIGIT(p[v - 1]); v--)
		;
	if (v < end && TOLOWER(p[v - 1]) == 'v' &&
	    (starts_folded(&link, at, "10.1101/") ||
	    starts_folded(&link, at, "10.64898/")))
		end = v - 1;
	/* 10.R/S, R and S not empty. */
	for (slash = at + 3; slash < end && p[slash] != '/'; slash++)
		;
	if (slash == at + 3 || slash + 1 >= end)
		return;
	tmp->len = 0;
	for (; at < end; at++)
		buf_addc(tmp, (char)TOLOWER(p[at]));
	key->len = 0;
	buf_add(key, tmp->p, tmp->len);
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
 * "arXiv:" that starts an arXiv RSS abstract, else its DOI, else its link,
 * else its title with case and whitespace folded, else its raw title; made
 * to fit the --seen file by key_escape. */
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
	link_doi(key, tmp);
	if (key->len == 0) {
		t = decoded_field(d, f, FieldTitle);
		put_clean(key, t->p, t->len, 1, NULL);
	}
	/* A title of nothing but control characters still keys itself. */
	if (key->len == 0)
		buf_add(key, f[FieldTitle].p, f[FieldTitle].len);
	key_escape(key, tmp);
}

/* A paper's second key, when its title has TITLE_WORDS words of three
 * characters or more: "title:" and all its words, case folded, accents
 * off, '-'-joined, so that one paper from two sources (arXiv and bioRxiv,
 * a preprint and its journal version) is one paper.  Shorter titles
 * ("Introduction", "Network Alignment", "A Survey of Transformers") are
 * too common to be one paper's.  Words are runs of is_word characters but
 * '_'; combining marks are passed over, and a title with letters of
 * another script (CJK) has no title key, its words not being seen.  0,
 * with key empty, when there is none. */
#define TITLE_WORDS     4

static int
title_key(struct buf *key, struct buf *tmp, struct decoded *d,
    const struct text *f)
{
	const struct text *t = decoded_field(d, f, FieldTitle);
	const unsigned char *p = (const unsigned char *)t->p, *end = p + t->len;
	size_t words = 0, chars = 0;
	int first = 1;
	uint32_t c;

	key->len = 0;
	buf_adds(key, "title:");
	while (p < end) {
		p += utf8_decode(p, (size_t)(end - p), &c);
		if (is_accent_mark(c))
			continue;
		/* Beyond Cyrillic, all but punctuation may be letters. */
		if (c >= 0x0530 && !(c & BADBYTE) && !(c >= 0x2000 &&
		    c <= 0x206f)) {
			key->len = 0;
			return 0;
		}
		if (!is_word(c) || c == '_') {
			words += chars >= 3;
			chars = 0;
			continue;
		}
		if (!chars++ && !first)
			buf_addc(key, '-');
		first = 0;
		put_unaccented(key, fold(c));
	}
	if (words + (chars >= 3) < TITLE_WORDS) {
		key->len = 0;
		return 0;
	}
	key_escape(key, tmp);
	return 1;
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
		search_field(&q->authors, &r->authors, q->author_depth, 0, r,
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

/* Is the paper in ks by either key, its key or its title key?  -1 if not,
 * else whether it was added in this run (fresh).  Its keys' dates become
 * day, and the key it lacked joins, so that from now on either finds it:
 * A by its title and B by A's DOI are one paper. */
static int
keys_match(struct keyset *ks, const struct run *run, long long day)
{
	struct key *k = keyset_find(ks, run->key.p, run->key.len);
	struct key *t = run->title.len ? keyset_find(ks, run->title.p,
	    run->title.len) : NULL;
	int fresh;

	if (!k && !t)
		return -1;
	fresh = (k ? k : t)->fresh;
	if (k)
		k->day = day;
	if (t)
		t->day = day;
	if (!k)
		keyset_add(ks, run->key.p, run->key.len, day, fresh);
	else if (!t && run->title.len)
		keyset_add(ks, run->title.p, run->title.len, day, fresh);
	return fresh;
}

/* Adds both keys of the paper to ks, where neither is. */
static void
keys_add(struct keyset *ks, const struct run *run, long long day, int fresh)
{
	keyset_add(ks, run->key.p, run->key.len, day, fresh);
	if (run->title.len)
		keyset_add(ks, run->title.p, run->title.len, day, fresh);
}

/* Is the paper new, neither printed yet (-u) nor in FILE (--seen), by
 * either key?  Leaves them in run->key and run->title.  A paper seen again
 * has its keys' dates renewed, and is counted as a duplicate or as seen. */
static int
paper_is_new(const struct query *q, struct run *run)
{
	int fresh;

	if (!q->keyed)
		return 1;
	paper_key(&run->key, &run->keytmp, &run->rec.d, run->rec.f);
	title_key(&run->title, &run->keytmp, &run->rec.d, run->rec.f);
	/* FILE keeps the last sighting, so that --seen-days forgets only
	 * papers that have left the feeds. */
	if ((fresh = keys_match(&run->keys, run, q->today)) < 0)
		return 1;
	if (fresh)
		run->st.duplicates++;
	else
		run->st.seen++;
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
		score += m->pat[k].weight * (2 * t / (t + 1) + a / (a + 1));
	}
	return score;
}

/* A score in tenths, rounded half up as %s, %L and --json print it: 2.75
 * is 2.8 however its terms rounded (1e-9 is far above their error, far
 * below a tenth). */
static long long
tenths(double score)
{
	return (long long)(score * 10 + 0.5 + 1e-9);
}

/* Does score, as printed, reach min (--min-score, --min-like)? */
static int
reaches(double score, double min)
{
	return (double)tenths(score) >= min * 10 - 1e-6;
}

/* The record's score: the keywords' relevance, plus the weight of each
 * author found; 0 when the query has neither to score by. */
static int
record_score(const struct query *q, const struct record *r, double *score)
{
	const struct pattern *pat = q->authors.pat;
	size_t i, k;

	if (!q->scored)
		return 0;
	*score = q->keywords.n ? relevance(&q->keywords, &r->keywords) : 0;
	for (i = 0; q->author_depth == FindEach && i < r->authors.nhit; i++)
		if (!pat[k = r->authors.hits[i]].repeat)
			*score += pat[k].weight;
	return 1;
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

/* What the record ranks by under --sort, like its --like score or its
 * relevance score (NULL: none); 0 when it has no such value. */
static int
rank_value(const struct query *q, const struct record *r, double like,
    const double *score, double *value)
{
	if (q->sort == SortLike) {
		*value = like;
		return 1;
	}
	if (q->sort == SortRelevance) {
		if (score)
			*value = *score;
		return score != NULL;
	}
	if (q->sort == SortPopularity)
		return parse_popularity(r->f[FieldPopularity].p,
		    r->f[FieldPopularity].len, value) == 0;
	*value = (double)r->when.t;
	return q->sort == SortDate && r->when.dated;
}

/* --- similarity to liked papers (--like) --- */

/*
 * The score is THE MODEL of test/tools/likelib.py, whose exact scorer
 * test/like.bats holds papers to: R * Q in percent, R how much of the
 * liked papers' centroid the record covers (1 when it holds one whole), Q
 * the share of its word weight on liked words.
 */

/* T(c) = floor(1000 * (1 + ln c) + 0.5) for c = 1 .. 64, so that papers
 * needs no libm; a word more frequent than that counts as T(64). */
static const int64_t like_tf[64] = {
	1000, 1693, 2099, 2386, 2609, 2792, 2946, 3079, 3197, 3303, 3398,
	3485, 3565, 3639, 3708, 3773, 3833, 3890, 3944, 3996, 4045, 4091,
	4135, 4178, 4219, 4258, 4296, 4332, 4367, 4401, 4434, 4466, 4497,
	4526, 4555, 4584, 4611, 4638, 4664, 4689, 4714, 4738, 4761, 4784,
	4807, 4829, 4850, 4871, 4892, 4912, 4932, 4951, 4970, 4989, 5007,
	5025, 5043, 5060, 5078, 5094, 5111, 5127, 5143, 5159,
};

#define LIKE_TOKENS     10000   /* the tokens of a field that count */

/* T(c), 1000 (1 + ln c), c >= 1: capped at c = 64. */
#define LIKE_T(c)       like_tf[(c) < 64 ? (c) - 1 : 63]

/* 1000 ln c, c >= 1, from T and ln 2 = 0.693, as likelib.py's ln1000. */
static int64_t
like_ln(size_t c)
{
	int64_t k = 0;

	for (; c > 64; c >>= 1)
		k++;
	return LIKE_T(c) - 1000 + 693 * k;
}

/* The first 8 bytes at s, those from n on as zeros (n < 8). */
static uint64_t
like_load(const struct profile *p, const char *s, size_t n)
{
	uint64_t w;

	memcpy(&w, s, 8);
	return n < 8 ? w & p->mask[n] : w;
}

/* The hash of s[0 .. n), whose first 8 bytes are head, 8 bytes at a
 * time: s can be read up to a multiple of 8 bytes past n. */
static size_t
like_hash(const struct profile *p, const char *s, size_t n, uint64_t head)
{
	uint64_t h = (n ^ head) * 0x9e3779b97f4a7c15ULL;
	size_t i;

	for (i = 8; i < n; i += 8) {
		h ^= h >> 32;
		h = (h ^ like_load(p, s + i, n - i)) * 0x9e3779b97f4a7c15ULL;
	}
	return (size_t)(h ^ h >> 32);
}

/* Counts the word s[0 .. n), readable as like_hash reads it, unless it
 * is a stop word: its vocab key k, or -1, and then the record's table.  A
 * word shorter than 8 bytes is its head, zeros and all, so most are found
 * in vocab by their slot alone. */
static void
like_count(const struct profile *p, struct likewords *lw, const char *s,
    size_t n)
{
	uint64_t head = like_load(p, s, n);
	size_t h = like_hash(p, s, n, head), i, j;
	const struct likeslot *sl;
	unsigned weight = p->rare;
	long k = -1;
	struct likeword *w;

	/* Stop words are most tokens: found in a table that stays in the
	 * cache. */
	if (n < 8 && p->stop[h & 255] == head)
		return;
	for (i = h & (p->nslot - 1); (sl = &p->slot[i])->k;
	    i = (i + 1) & (p->nslot - 1))
		if (sl->head == head && (n < 8 || (p->vocab[sl->k - 1].len ==
		    n && !memcmp(p->words.p + p->vocab[sl->k - 1].off, s,
		    n)))) {
			k = sl->k - 1;
			weight = sl->weight;
			break;
		}
	if (!weight)
		return;
	for (i = h & (lw->nslot - 1); (j = lw->slot[i]);
	    i = (i + 1) & (lw->nslot - 1)) {
		w = &lw->v[j - 1];
		if (w->hash == h && w->k == k && (k >= 0 || (w->len == n &&
		    !memcmp(lw->text.p + w->off, s, n)))) {
			w->count++;
			return;
		}
	}
	w = &lw->v[lw->n];
	lw->slot[i] = (uint32_t)++lw->n;
	w->f = k >= 0 ? p->vocab[k].f : -1;
	w->off = lw->text.len;
	w->len = n;
	w->slot = i;
	w->hash = h;
	w->count = 1;
	w->weight = weight;
	w->k = k;
	if (k < 0)
		buf_add(&lw->text, s, n);
}

/* Counts the words of one field's text: runs of is_word characters but
 * '_', folded; those of one character or only digits are no words.  ASCII
 * is lowered in a copy by p->cls, only the rest decoded; a byte of class
 * 1 after the copy stops the scans without a look at its end. */
static void
like_field(const struct profile *p, struct likewords *lw, const char *s,
    size_t n)
{
	const unsigned char *cls = p->cls;
	unsigned char *q, *e, *w;
	size_t ntok = 0, len, chars;
	unsigned char c;
	uint32_t cp;
	char *t;

	/* Folding makes 3 bytes of 2 at most; a word takes at least 3 of
	 * the text with what ends it. */
	lw->tok.p = grow(lw->tok.p, &lw->tok.cap, n + 16, 1);
	lw->wide.p = grow(lw->wide.p, &lw->wide.cap, n + n / 2 + 16, 1);
	lw->v = grow(lw->v, &lw->cap, lw->n + n / 3 + 1, sizeof(*lw->v));
	q = (unsigned char *)lw->tok.p;
	e = q + n;
	if (n)
		memcpy(q, s, n);
	memset(e, 0x80, 16);
	for (;;) {
		while (cls[*q] == 0)
			q++;
		if (q >= e)
			break;
		for (w = q; (c = cls[*q]) > 1; q++)
			*q = c;
		t = (char *)w;
		len = chars = (size_t)(q - w);
		/* A token beyond ASCII goes on in lw->wide, folded. */
		if (c == 1 && q < e) {
			t = memcpy(lw->wide.p, w, len);
			for (; q < e && (c = cls[*q]); chars++) {
				if (c > 1) {
					t[len++] = (char)c;
					q++;
					continue;
				}
				q += utf8_decode(q, (size_t)(e - q), &cp);
				if (!is_word(cp))
					break;
				len += utf8_encode(fold(cp), t + len);
			}
			t[len] = '\0';         /* ends strspn below */
		}
		/* A digit lacks the 0x40 bit, which an ASCII letter and the
		 * lead byte of any other character have; no digit follows a
		 * token in place. */
		if (chars < 2 || (!(*t & 0x40) && strspn(t, "0123456789") >=
		    len))
			continue;
		/* Plurals stemmed, as THE MODEL's step 3 says. */
		if (t[len - 1] != 's')
			;
		else if (chars > 4 && t[len - 2] == 'e' && t[len - 3] == 'i') {
			t[len - 3] = 'y';
			len -= 2;
		} else if (chars > 3 && !strchr("sui", t[len - 2]))
			len--;
		like_count(p, lw, t, len);
		if (++ntok == LIKE_TOKENS)
			break;
	}
}

/* The words of the record's title and abstract, accents off with
 * --ignore-accents as for keywords. */
static void
like_record(const struct query *q, struct likewords *lw, struct record *r)
{
	const struct text *t[2];
	size_t i, need;

	for (i = 0; i < lw->n; i++)
		lw->slot[lw->v[i].slot] = 0;
	lw->n = lw->text.len = 0;
	for (i = 0; i < 2; i++)
		t[i] = q->keywords.accents ? accented_field(&r->d, r->f,
		    FieldTitle + 2 * i) : decoded_field(&r->d, r->f,
		    FieldTitle + 2 * i);
	/* Room for every word of both fields, the table at most half full. */
	need = 2 * ((t[0]->len + t[1]->len) / 3 + 2);
	if (lw->nslot < need) {
		free(lw->slot);
		for (lw->nslot = 256; lw->nslot < need; lw->nslot *= 2)
			;
		lw->slot = xcalloc(lw->nslot, sizeof(*lw->slot));
	}
	for (i = 0; i < 2; i++)
		like_field(&q->like, lw, t[i]->p, t[i]->len);
}

/* Puts w, which adds c to cov, among out's three words that add most;
 * one that ties comes after those found before it. */
static void
like_rank_word(struct likeout *out, double *cov, const struct likeword *w,
    double c)
{
	size_t k;

	if (out->nword == 3 && c <= cov[2])
		return;
	for (k = out->nword < 3 ? out->nword++ : 2; k > 0 && cov[k - 1] < c;
	    k--) {
		out->word[k] = out->word[k - 1];
		cov[k] = cov[k - 1];
	}
	out->word[k] = w;
	cov[k] = c;
}

/* For %N: the liked paper with the largest N_j, the first of those that
 * tie; NULL when the record shares no feature with any.  A walk over
 * every liked paper of every word, so only for what is printed. */
static const char *
like_paper(const struct profile *p, struct likewords *lw)
{
	int64_t x, big, most = 0;
	size_t i, k, j, bestj = 0;
	long f;

	for (i = 0; i < lw->n; i++) {
		if ((f = lw->v[i].f) < 0)
			continue;
		x = lw->xf[f];
		for (k = p->post[f]; k < p->post[f + 1]; k++) {
			big = p->pw[k];
			lw->num[p->pj[k]] += (x < big ? x : big) * big;
		}
	}
	for (j = 0; j < p->n; j++) {
		if (lw->num[j] > most) {
			most = lw->num[j];
			bestj = j;
		}
		lw->num[j] = 0;
	}
	return most ? p->titles.p + p->title[bestj] : NULL;
}

/* Does the record, its x_f in lw->xf, contain a liked paper: all of its
 * features, each with at least the paper's weight?  Only the papers
 * anchored at one of the record's features can be contained. */
static int
like_contains(const struct profile *p, const struct likewords *lw)
{
	const struct likepair *q, *end;
	size_t i, j;
	long f;

	for (i = 0; i < lw->n; i++) {
		if ((f = lw->v[i].f) < 0)
			continue;
		for (j = p->first[f]; j; j = p->next[j - 1]) {
			end = p->pair + p->start[j];
			for (q = p->pair + p->start[j - 1]; q < end &&
			    lw->xf[q->f] >= q->x; q++)
				;
			if (q == end)
				return 1;
		}
	}
	return 0;
}

/* The score of the words in lw, 0 to 100 (THE MODEL's step 8); with out,
 * also the liked paper of largest N_j and the words that add most to cov. */
static double
like_score(const struct profile *p, struct likewords *lw,
    struct likeout *out)
{
	const struct likeword *w;
	int64_t x, a = 0, xx = 0;
	double cov = 0, aw = 0, m, c, best, s, top[3];
	size_t i;
	long f;

	if (out)
		out->nword = 0;
	for (i = 0; i < lw->n; i++) {
		w = &lw->v[i];
		x = (int64_t)w->weight * LIKE_T(w->count);
		xx += x * x;
		if ((f = w->f) < 0)
			continue;
		a += x * x;
		aw += (double)(x * x) * p->feat[f].t;
		lw->xf[f] = x;
		c = p->feat[f].cen;
		m = (double)x < c ? (double)x : c;
		cov += m * p->feat[f].v;
		if (out)
			like_rank_word(out, top, w, m * p->feat[f].v);
	}
	best = a && like_contains(p, lw) ? 1.0 : 0.0;
	if (out)
		out->paper = like_paper(p, lw);
	/* A word of a feature is in vocab. */
	for (i = 0; out && i < out->nword; i++)
		out->text[i] = p->words.p + p->vocab[out->word[i]->k].off;
	for (i = 0; i < lw->n; i++)
		if ((f = lw->v[i].f) >= 0)
			lw->xf[f] = 0;
	if (a == 0)
		return 0;
	/* C2 is 0 when no word is likelier among the liked papers. */
	if (p->c2 > 0 && cov / p->c2 > best)
		best = cov / p->c2;
	s = best * (aw / (aw + (double)(xx - a)));
	return 100.0 * (s < 1.0 ? s : 1.0);
}

/* Keeps the record only if its score reaches --min-score as %s prints it
 * (else it counts as excluded). */
static int
score_select(const struct query *q, struct run *run)
{
	double score;

	if (q->min_score < 0 || (record_score(q, &run->rec, &score) &&
	    reaches(score, q->min_score)))
		return 1;
	run->st.excluded++;
	return 0;
}

/* Scores the record now when --sort=like or --min-like needs it, and
 * keeps it only if it reaches --min-like as %L prints it (else it counts
 * as excluded). */
static int
like_select(const struct query *q, struct run *run)
{
	if (!q->liking || (q->sort != SortLike && q->min_like < 0))
		return 1;
	like_record(q, &run->lw, &run->rec);
	run->like = like_score(&q->like, &run->lw, NULL);
	if (q->min_like < 0 || reaches(run->like, q->min_like))
		return 1;
	run->st.excluded++;
	return 0;
}

/* A liked paper being read. */
struct likeload {
	struct likewords lw;
	struct record rec;
	size_t npair, cappair, capstart, captitle;
};

/* Adds a word of weight w to the vocabulary; its key. */
static size_t
like_vocab(struct profile *p, const char *s, size_t n, unsigned w)
{
	size_t i, j, k = p->nvocab++;
	const char *v;

	p->vocab = grow(p->vocab, &p->capvocab, k + 1, sizeof(*p->vocab));
	p->vocab[k].off = p->words.len;
	p->vocab[k].len = n;
	p->vocab[k].weight = w;
	p->vocab[k].f = -1;
	/* Zeros up to a multiple of 8 bytes, for like_hash, a NUL at
	 * least, for strcmp. */
	buf_add(&p->words, s, n);
	do
		buf_addc(&p->words, '\0');
	while (p->words.len % 8);
	/* A table that would be half full doubles, all words put anew. */
	i = k;
	if (p->nvocab * 2 > p->nslot) {
		free(p->slot);
		p->nslot = p->nslot ? p->nslot * 2 : 1024;
		p->slot = xcalloc(p->nslot, sizeof(*p->slot));
		i = 0;
	}
	for (; i <= k; i++) {
		v = p->words.p + p->vocab[i].off;
		for (j = like_hash(p, v, p->vocab[i].len, like_load(p, v,
		    p->vocab[i].len)) & (p->nslot - 1); p->slot[j].k;
		    j = (j + 1) & (p->nslot - 1))
			;
		memcpy(&p->slot[j].head, v, 8);
		p->slot[j].k = (uint32_t)i + 1;
		p->slot[j].weight = p->vocab[i].weight;
	}
	return k;
}

/* Adds the paper in ld->lw to p, the words new to p to its words. */
static void
like_add_paper(struct profile *p, struct likeload *ld)
{
	const struct likeword *w;
	const struct text *t;
	size_t i, k;

	p->start = grow(p->start, &ld->capstart, p->n + 2,
	    sizeof(*p->start));
	p->title = grow(p->title, &ld->captitle, p->n + 1, sizeof(*p->title));
	p->start[p->n] = ld->npair;
	for (i = 0; i < ld->lw.n; i++) {
		w = &ld->lw.v[i];
		k = w->k >= 0 ? (size_t)w->k : like_vocab(p,
		    ld->lw.text.p + w->off, w->len, w->weight);
		p->pair = grow(p->pair, &ld->cappair, ld->npair + 1,
		    sizeof(*p->pair));
		if (p->vocab[k].f < 0)
			p->vocab[k].f = (long)p->nf++;
		p->pair[ld->npair].f = (size_t)p->vocab[k].f;
		p->pair[ld->npair++].x = (int64_t)w->weight *
		    LIKE_T(w->count);
	}
	p->title[p->n] = p->titles.len;
	t = decoded_field(&ld->rec.d, ld->rec.f, FieldTitle);
	buf_add(&p->titles, t->p, t->len);
	buf_addc(&p->titles, '\0');
	p->start[++p->n] = ld->npair;
}

/* Reads the liked papers of one --like FILE, records in papers' own
 * format, as the input is read ('#' starts a comment line); -1 when it
 * cannot be read or holds invalid UTF-8 or a NUL (reported). */
static int
like_read(const struct query *q, struct profile *p, struct likeload *ld,
    const char *path)
{
	FILE *fp;
	char *line = NULL, *s;
	const struct text *f = ld->rec.f;
	size_t cap = 0, n, records = 0;
	unsigned long lineno = 0;
	ssize_t len;
	int rv = 0, had_cr;

	if (!(fp = fopen(path, "r"))) {
		warnx("%s: %s", path, strerror(errno));
		return -1;
	}
	while (rv == 0 && (errno = 0, (len = getline(&line, &cap, fp)) > 0)) {
		n = (size_t)len - (line[len - 1] == '\n');
		if ((rv = check_list_line(path, ++lineno, line, n)) < 0)
			break;
		s = line + bom_len(line, n);
		n -= (size_t)(s - line);
		if ((had_cr = n > 0 && s[n - 1] == '\r'))
			n--;
		if (is_blank_line(s, n) || *s == '#')
			continue;
		record_load(&ld->rec, s, n, had_cr, lineno);
		split_fields(&ld->rec, FieldLink, FieldLast);
		if (skip_blanks(f[FieldTitle].p, f[FieldTitle].len, 0) ==
		    f[FieldTitle].len && skip_blanks(f[FieldAbstract].p,
		    f[FieldAbstract].len, 0) == f[FieldAbstract].len) {
			warnx("%s: line %lu: no title or abstract", path,
			    lineno);
			continue;
		}
		records++;
		like_record(q, &ld->lw, &ld->rec);
		/* A paper with no words but stop words can match nothing. */
		if (ld->lw.n)
			like_add_paper(p, ld);
	}
	if (rv == 0 && (ferror(fp) || (len < 0 && errno != 0))) {
		warnx("%s: %s", path, strerror(errno ? errno : EIO));
		rv = -1;
	}
	if (rv == 0 && records == 0)
		warnx("%s: no entries", path);
	free(line);
	fclose(fp);
	return rv;
}

/* Turns the papers read into postings by word and anchors, C_f, v_f and
 * C2, added in the order of the features as likelib.py adds them. */
static void
like_index(struct profile *p, const struct likeload *ld)
{
	const struct likepair *pair = p->pair;
	size_t f, i, j, k, r;
	int64_t sum, g;

	p->first = xcalloc(p->nf + 1, sizeof(*p->first));
	p->next = xcalloc(p->n + 1, sizeof(*p->next));
	p->feat = xcalloc(p->nf + 1, sizeof(*p->feat));
	p->post = xcalloc(p->nf + 2, sizeof(*p->post));
	p->pj = xcalloc(ld->npair + 1, sizeof(*p->pj));
	p->pw = xcalloc(ld->npair + 1, sizeof(*p->pw));
	/* Counted two on and summed, post[f + 1] is where f's postings
	 * go, and then where they end. */
	for (i = 0; i < ld->npair; i++)
		p->post[pair[i].f + 2]++;
	for (f = 0; f < p->nf; f++)
		p->post[f + 2] += p->post[f + 1];
	for (j = 0; j < p->n; j++)
		for (i = p->start[j]; i < p->start[j + 1]; i++) {
			k = p->post[pair[i].f + 1]++;
			p->pj[k] = (uint32_t)j;
			p->pw[k] = pair[i].x;
		}
	/* Paper j's anchor: its feature in the fewest papers, so that few
	 * papers are tried for each feature of a record. */
	for (j = 0; j < p->n; j++) {
		for (i = k = p->start[j]; i < p->start[j + 1]; i++)
			if (p->post[pair[i].f + 1] - p->post[pair[i].f] <
			    p->post[pair[k].f + 1] - p->post[pair[k].f])
				k = i;
		p->next[j] = p->first[pair[k].f];
		p->first[pair[k].f] = (uint32_t)j + 1;
	}
	/* g_f: the Robertson/Sparck Jones weight of f in 1/1000 nats, p
	 * from the r of n liked papers with f, q ~ e^(-W/100) from the
	 * table's W = 100 ln(N/df). */
	for (i = 0; i < p->nvocab; i++) {
		if ((f = (size_t)p->vocab[i].f) == (size_t)-1)
			continue;
		r = p->post[f + 1] - p->post[f];
		for (sum = 0, k = p->post[f]; k < p->post[f + 1]; k++)
			sum += p->pw[k];
		g = 10 * (int64_t)p->vocab[i].weight + like_ln(2 * r + 1) -
		    like_ln(2 * (p->n - r) + 1);
		p->feat[f].cen = (double)sum / (double)p->n;
		p->feat[f].v = p->feat[f].cen * (double)(g > 0 ? g : 0);
		p->feat[f].t = (double)LIKE_T(r) / 1000.0;
	}
	for (f = 0; f < p->nf; f++)
		p->c2 += p->feat[f].cen * p->feat[f].v;
}

static void
likewords_free(struct likewords *lw)
{
	free(lw->v);
	free(lw->slot);
	buf_free(&lw->text);
	buf_free(&lw->tok);
	buf_free(&lw->wide);
	free(lw->num);
	free(lw->xf);
	memset(lw, 0, sizeof(*lw));
}

/* Reads every --like FILE into q->like; -1 on an error (reported). */
static int
like_compile(const struct options *opt, struct query *q)
{
	struct profile *p = &q->like;
	struct likeload ld;
	const char *w;
	size_t i, n;
	int rv = 0;

	memset(&ld, 0, sizeof(ld));
	for (i = 0; i < 256; i++)
		p->cls[i] = i >= 0x80 ? 1 : ISUPPER(i) ? (unsigned char)(i +
		    32) : ISDIGIT(i) || i - 'a' < 26 ? (unsigned char)i : 0;
	/* Which bits of a word are its first i bytes depends on the
	 * machine's byte order: the bytes say. */
	for (i = 0; i < 8; i++)
		memset(&p->mask[i], 0xff, i);
	for (i = 0; (p->rare = idf_word(i, &w), w != NULL); i++) {
		like_vocab(p, w, n = strlen(w), p->rare);
		if (p->rare == 0 && n < 8)
			p->stop[like_hash(p, w, n, like_load(p, w, n)) & 255] =
			    like_load(p, w, n);
	}
	for (i = 0; rv == 0 && i < opt->likes.n; i++)
		rv = like_read(q, &q->like, &ld, opt->likes.v[i]);
	if (rv == 0)
		like_index(&q->like, &ld);
	likewords_free(&ld.lw);
	decoded_free(&ld.rec.d);
	return rv;
}

static void
profile_free(struct profile *p)
{
	buf_free(&p->words);
	free(p->vocab);
	free(p->slot);
	free(p->feat);
	free(p->post);
	free(p->pj);
	free(p->pw);
	free(p->pair);
	free(p->start);
	free(p->first);
	free(p->next);
	free(p->title);
	buf_free(&p->titles);
	memset(p, 0, sizeof(*p));
}

/* --- the format: compiler --- */

/* The conversion letters of a --format directive. */
#define CONVERSIONS "dDetlaAkscyLNW"

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

/* Appends a score with one decimal (see tenths). */
static void
put_score(struct buf *v, double score)
{
	put_digits(v, tenths(score) / 10, 1);
	buf_addc(v, '.');
	put_digits(v, tenths(score) % 10, 1);
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
	char num[24];
	size_t i;

	rd->hl.n = 0;
	switch (dv->conv) {
	case 'd':
	case 'D':
		if (r->when.dated && (dv->conv == 'd' || r->when.has_time))
			put_day(v, r->when.t, dv->conv == 'D');
		return;
	case 'e':
		if (r->when.dated) {
			snprintf(num, sizeof(num), "%lld", r->when.t);
			buf_adds(v, num);
		}
		return;
	case 'k':
		for (i = 0; (arg = next_keyword(kw, &r->keywords, &i)); )
			put_item(v, arg, strlen(arg), 0);
		return;
	case 's':
		if (rd->scored)
			put_score(v, rd->score);
		return;
	case 'y':
		buf_adds(v, type_names[record_type(&r->d, r->f)]);
		return;
	case 'L':
		put_score(v, rd->like.score);
		return;
	case 'N':
		if (rd->like.paper)
			put_clean(v, rd->like.paper, strlen(rd->like.paper), 0,
			    NULL);
		return;
	case 'W':
		for (i = 0; i < rd->like.nword; i++)
			put_item(v, rd->like.text[i], rd->like.word[i]->len,
			    0);
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

/* Appends s escaped for HTML, as one RFC 4180 CSV field (quoted when it
 * holds a comma, a quote or a line break, quotes doubled), or as one TSV
 * field as sfeed and jq's @tsv write it (\\ \t \n \r). */
static void
put_escaped(struct buf *b, const char *s, size_t n, enum escape how)
{
	static const char special[] = "&<>\"'", tsv[] = "\\\t\n\r";
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
		else if (how == EscapeTsv && s[i] && (e = strchr(tsv, s[i]))) {
			buf_addc(b, '\\');
			buf_addc(b, "\\tnr"[e - tsv]);
		} else
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

/* The "like" member: the score, the liked paper that contributed most
 * (null for none) and the words that weighed most. */
static void
json_like(struct buf *b, const struct likeout *like)
{
	size_t i;

	json_key(b, "like");
	buf_addc(b, '{');
	json_key(b, "score");
	put_score(b, like->score);
	json_key(b, "paper");
	if (like->paper)
		json_string(b, like->paper, strlen(like->paper));
	else
		buf_adds(b, "null");
	json_key(b, "words");
	buf_addc(b, '[');
	for (i = 0; i < like->nword; i++)
		json_string(b, like->text[i], like->word[i]->len);
	buf_adds(b, "]}");
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
	if (rd->scored) {
		json_key(b, "score");
		put_score(b, rd->score);
	}
	if (rd->lw)
		json_like(b, &rd->like);
	if (rd->grouped) {
		json_key(b, "group");
		if (rd->group)
			json_string(b, rd->group->p, rd->group->len);
		else
			buf_adds(b, "null");
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
		if (fmt->v[i].conv == 'g' && fmt->escape != EscapeNone)
			put_escaped(b, rd->group->p, rd->group->len,
			    fmt->escape);
		else if (fmt->v[i].conv == 'g')
			buf_add(b, rd->group->p, rd->group->len);
		else if (fmt->v[i].conv == 'n')
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
	if (q->explain) {
		like_record(q, &run->lw, r);
		run->rd.like.score = like_score(&q->like, &run->lw,
		    &run->rd.like);
	}
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
	run->lw.num = xcalloc(q->like.n + 1, sizeof(*run->lw.num));
	run->lw.xf = xcalloc(q->like.nf + 1, sizeof(*run->lw.xf));
	run->rd.lw = q->explain ? &run->lw : NULL;
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
	buf_free(&run->title);
	buf_free(&run->section);
	buf_free(&run->keytmp);
	buf_free(&run->held);
	likewords_free(&run->lw);
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
		keys_add(&run->keys, run, q->today, 1);
	run->st.printed++;
	emit_record(q, run);
	if (q->hold) {
		buf_add(&run->held, run->section.p, run->section.len);
		buf_add(&run->held, run->out.p, run->out.len);
		run->section.len = 0;
		return Ok;
	}
	if (q->headed && run->st.printed == 1 && run->out.len &&
	    write_buf(render_frame(&q->header, &run->rd, 0, q->today),
	    out) != Ok)
		return WriteFault;
	if (run->section.len && write_buf(&run->section, out) != Ok)
		return WriteFault;
	run->section.len = 0;
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

	r.scored = record_score(q, rec, &r.score);
	r.valued = rank_value(q, rec, run->like, r.scored ? &r.score : NULL,
	    &r.value);
	r.seq = rec->lineno;
	r.had_cr = rec->had_cr;
	r.when = rec->when;
	if (q->top && !q->keyed && !q->group && rk->n == q->top) {
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
	if (q->top && !q->keyed && !q->group && rk->n == q->top)
		for (i = slot == rk->v ? 1 : rk->n / 2; i-- > 0; )
			heap_down(rk->v, rk->n, i);
}

/* Loads a kept record again, with what its search found and its score. */
static void
ranked_load(const struct query *q, struct run *run, const struct ranked *r)
{
	struct record *rec = &run->rec;

	record_load(rec, r->line.p, r->line.len - (size_t)r->had_cr,
	    r->had_cr, r->seq);
	split_fields(rec, FieldLink, FieldLast);
	rec->when = r->when;
	found_restore(&rec->keywords, q->keywords.n, &r->found);
	run->rd.scored = r->scored;
	run->rd.score = r->score;
}

/* A section of --group: its name (clean; empty for the records without
 * one, kept by the names set), where its key puts it, how many records it
 * has, and the index it was made with. */
struct section {
	const char *name;
	size_t len, order, n, made;
};

static int
section_cmp(const void *a, const void *b)
{
	const struct section *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c;

	if (x->order != y->order)
		return x->order < y->order ? -1 : 1;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	if ((c = memcmp(x->name, y->name, n)) != 0 || x->len != y->len)
		return c ? c : x->len < y->len ? -1 : 1;
	return x->made < y->made ? -1 : 1;
}

/* A record's place: its section (by rank), then its place in the
 * ranking. */
struct placed {
	size_t sec, rec;
};

static int
placed_cmp(const void *a, const void *b)
{
	const struct placed *x = a, *y = b;

	if (x->sec != y->sec)
		return x->sec < y->sec ? -1 : 1;
	return x->rec < y->rec ? -1 : 1;
}

/* The name of the current record's section into b (empty: none), and
 * where its key puts the section: the type's or the keyword's rank, or 0
 * for categories (ordered by size, then name) and fields (by first
 * appearance, done by the caller). */
static size_t
group_of(const struct query *q, struct record *r, struct buf *b)
{
	const struct text *t;
	struct text c;
	const char *arg;
	size_t at = 0, i = 0, type;

	b->len = 0;
	switch (q->group) {
	case GroupType:
		type = (size_t)record_type(&r->d, r->f);
		buf_adds(b, type_names[type]);
		return type;
	case GroupCategory:
		t = decoded_field(&r->d, r->f, FieldCategories);
		if (next_category(t, &at, &c))
			put_clean(b, c.p, c.len, 0, NULL);
		return 0;
	case GroupKeyword:
		if ((arg = next_keyword(&q->keywords, &r->keywords, &i)))
			put_clean(b, arg, strlen(arg), 0, NULL);
		return i;
	}
	t = decoded_field(&r->d, r->f, (size_t)(q->group - GroupField));
	put_clean(b, t->p, t->len, 0, NULL);
	return 0;
}

/* The sections of --group and where each kept record goes. */
struct grouping {
	struct keyset names;            /* the sections' names; day: index */
	struct section *sec;
	struct placed *pl;
	size_t nsec, cap, npl;
};

/* Puts the kept records, in ranking order, in their sections, each paper
 * once: in the section of its best record. */
static void
group_place(const struct query *q, struct run *run, struct grouping *g)
{
	struct ranking *rk = &run->rank;
	struct keyset taken = { 0 };
	struct buf name = { 0 };
	struct section *s;
	struct key *k;
	size_t i, order;

	g->pl = xcalloc(rk->n + 1, sizeof(*g->pl));
	for (i = 0; i < rk->n; i++) {
		ranked_load(q, run, &rk->v[i]);
		if (!paper_is_new(q, run))
			continue;
		/* Each paper once, by the keys print_record would add. */
		if (q->keyed && keys_match(&taken, run, 0) >= 0) {
			run->st.duplicates++;
			continue;
		}
		if (q->keyed)
			keys_add(&taken, run, 0, 1);
		order = group_of(q, &run->rec, &name);
		if (!(k = keyset_find(&g->names, name.p, name.len))) {
			keyset_add(&g->names, name.p, name.len,
			    (long long)g->nsec, 0);
			k = &g->names.keys[g->names.n - 1];
			g->sec = grow(g->sec, &g->cap, g->nsec + 1,
			    sizeof(*g->sec));
			s = &g->sec[g->nsec];
			s->name = k->s;
			s->len = k->len;
			s->n = 0;
			/* Fields by first appearance; none is last. */
			s->order = name.len == 0 ? (size_t)-1 : q->group >=
			    GroupField ? g->nsec : order;
			s->made = g->nsec++;
		}
		g->sec[k->day].n++;
		g->pl[g->npl].sec = (size_t)k->day;
		g->pl[g->npl++].rec = i;
	}
	keyset_free(&taken);
	buf_free(&name);
}

/* Orders the sections, and the records by section, then ranking. */
static void
group_sort(struct grouping *g)
{
	size_t i, *rank = xcalloc(g->nsec + 1, sizeof(*rank));

	if (g->nsec > 1)
		qsort(g->sec, g->nsec, sizeof(*g->sec), section_cmp);
	for (i = 0; i < g->nsec; i++)
		rank[g->sec[i].made] = i;
	for (i = 0; i < g->npl; i++)
		g->pl[i].sec = rank[g->pl[i].sec];
	if (g->npl > 1)
		qsort(g->pl, g->npl, sizeof(*g->pl), placed_cmp);
	free(rank);
}

/* Prints the first n records of section s, whose records are at pl, its
 * header before them; counts the rest as cut. */
static enum fault
group_print(const struct query *q, struct run *run, FILE *out,
    const struct section *s, const struct placed *pl, unsigned long long n)
{
	struct buf name = { 0 };
	const struct buf *h;
	enum fault fault = Ok;
	size_t j;

	if (s->len)
		buf_add(&name, s->name, s->len);
	else
		buf_adds(&name, "other");
	run->section.len = 0;
	if (n && q->output == OutFormat) {
		run->rd.group = &name;
		h = render_frame(&q->section, &run->rd, n, q->today);
		buf_add(&run->section, h->p, h->len);
	}
	/* --json says null for the records without a section. */
	run->rd.group = s->len ? &name : NULL;
	for (j = 0; j < s->n && fault == Ok; j++) {
		if (j >= n) {
			run->st.cut++;
			continue;
		}
		/* New still, it takes its keys again. */
		ranked_load(q, run, &run->rank.v[pl[j].rec]);
		if (paper_is_new(q, run))
			fault = print_record(q, run, out);
	}
	run->rd.group = NULL;
	buf_free(&name);
	return fault;
}

/* --group: the kept records in sections, each after its header, cut to
 * --per-group, then all to --top. */
static enum fault
group_flush(const struct query *q, struct run *run, FILE *out)
{
	struct grouping g = { 0 };
	unsigned long long left = q->top ? q->top : ULLONG_MAX, n;
	enum fault fault = Ok;
	const struct section *s;
	size_t i;

	group_place(q, run, &g);
	group_sort(&g);
	run->rd.grouped = 1;
	for (i = 0; i < g.npl && fault == Ok; i += s->n) {
		s = &g.sec[g.pl[i].sec];
		n = q->per_group && s->n > q->per_group ? q->per_group : s->n;
		n = n < left ? n : left;
		left -= n;
		fault = group_print(q, run, out, s, g.pl + i, n);
	}
	run->rd.grouped = 0;
	keyset_free(&g.names);
	free(g.sec);
	free(g.pl);
	return fault;
}

/* Prints the kept records best first, each loaded again with what its
 * search found; of the records of one paper the first, the best, is
 * printed. */
static enum fault
rank_flush(const struct query *q, struct run *run, FILE *out)
{
	struct ranking *rk = &run->rank;
	enum fault fault = Ok;
	size_t i;

	if (rk->n > 1)
		qsort(rk->v, rk->n, sizeof(*rk->v), ranked_cmp);
	if (q->group)
		return group_flush(q, run, out);
	for (i = 0; i < rk->n && fault == Ok; i++) {
		ranked_load(q, run, &rk->v[i]);
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
	/* -m counts papers.  Under --sort or --group the repeats of a paper
	 * are dropped only once all are ranked, so here each is counted once
	 * by its keys. */
	if (q->limited && (q->sort != SortNone || q->group) && q->keyed) {
		if (keys_match(&run->taken, run, 0) < 0) {
			keys_add(&run->taken, run, 0, 1);
			run->selected++;
		}
	} else
		run->selected++;
	if (q->sort == SortNone && !q->group) {
		run->rd.scored = record_score(q, &run->rec, &run->rd.score);
		return print_record(q, run, out);
	}
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
		if (select_text(q, &run->st, rec) && score_select(q, run) &&
		    like_select(q, run) && paper_is_new(q, run))
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
/* The digest is UTF-8, and a mail command labels it with the character
 * set of its locale, which under cron (no locale) is ASCII: where the
 * environment's locale is not UTF-8 (or is not installed), CMD gets
 * C.UTF-8, in LC_ALL when that is set, as it wins, else in LC_CTYPE. */
static void
utf8_locale(void)
{
	const char *all = getenv("LC_ALL");

	if (!setlocale(LC_CTYPE, "") || strcmp(nl_langinfo(CODESET),
	    "UTF-8") != 0)
		setenv(all && *all ? "LC_ALL" : "LC_CTYPE", "C.UTF-8", 1);
}

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
		utf8_locale();
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
	OptFooter, OptSince, OptStats, OptStrict, OptUntil, OptWrap, OptLike,
	OptMinLike, OptMinScore, OptWeights, OptGroup, OptGroupHeader,
	OptPerGroup
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
	    "csv, tsv or none" },
	{ OptExcludeFrom, "exclude-from", "file", "-x for each line of FILE" },
	{ 'f', "format", "format", "print each record as FORMAT "
	    "(default '%d  %t  %l')" },
	{ OptFooter, "footer", "format", "a last line (%n %d), when there are "
	    "records" },
	{ 'h', "help", NULL, "print this help and exit" },
	{ OptGroup, "group", "key", "print in sections by KEY: type, "
	    "category, keyword or a field number" },
	{ OptGroupHeader, "group-header", "format", "the line before each "
	    "section (%g %n %d)" },
	{ OptHeader, "header", "format", "a first line (%n %d), when there "
	    "are records" },
	{ 'i', "ignore-case", NULL, "accepted for grep's sake: case is "
	    "ignored anyway" },
	{ OptIgnoreAccents, "ignore-accents", NULL, "letters match whatever "
	    "their accents: e matches \xc3\xa9" },
	{ OptJson, "json", NULL, "one JSON object per record (JSON Lines)" },
	{ OptKeywordsFrom, "keywords-from", "file", "-e for each "
	    "line of FILE" },
	{ OptLike, "like", "file", "rank by similarity to the papers in FILE "
	    "(%L %N %W)" },
	{ OptLockWait, "lock-wait", "secs", "wait at most SECS for the --seen "
	    "lock (default 300)" },
	{ 'm', "max-count", "num", "stop after NUM selected papers" },
	{ OptMinLike, "min-like", "score", "keep records whose --like score "
	    "is SCORE or more" },
	{ OptMinScore, "min-score", "score", "keep records whose relevance "
	    "score (%s) is SCORE or more" },
	{ OptPipe, "pipe", "cmd", "run CMD with the digest as input, if there "
	    "is one" },
	{ OptPerGroup, "per-group", "num", "print at most NUM records a "
	    "section" },
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
	{ OptSort, "sort", "key", "best first by KEY: relevance, "
	    "popularity, date, like" },
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
	{ OptWeights, "weights", NULL, "-e and -A take a weight: "
	    "'diffusion^2'" },
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

/* Refuses an empty keyword, author or category from src (an option, or
 * line lineno of a list file).  One of combining marks alone is noted: a
 * later --ignore-accents would leave nothing of it. */
static int
check_keyword(struct options *opt, const char *src, unsigned long lineno,
    const char *arg)
{
	const char *fmt = lineno ? "%s: line %lu: empty keyword once accents "
	    "are ignored" : "%s: empty keyword once accents are ignored";
	int n;

	if (*arg == '\0') {
		if (lineno)
			warnx("%s: line %lu: empty keyword", src, lineno);
		else
			warnx("%s: empty keyword", src);
		return -1;
	}
	if (!opt->marks_only && only_marks(arg)) {
		n = snprintf(NULL, 0, fmt, src, lineno);
		opt->marks_only = xrealloc(NULL, (size_t)n + 1, 1);
		snprintf(opt->marks_only, (size_t)n + 1, fmt, src, lineno);
	}
	return 0;
}

/* Adds a keyword, author or category of weight w (-1: not read yet). */
static int
add_keyword(struct options *opt, struct arglist *l, const char *src,
    unsigned long lineno, const char *arg, double w)
{
	size_t cap = l->cap;

	if (check_keyword(opt, src, lineno, arg) < 0)
		return -1;
	l->v = grow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	l->w = grow(l->w, &cap, l->n + 1, sizeof(*l->w));
	l->w[l->n] = w;
	l->v[l->n++] = arg;
	return 0;
}

/* The words --color, --sort, --escape and --type take, in the order their
 * messages list them, and what each stands for (--sort's in enum order). */
static const char *const color_words[] = { "auto", "always", "never" };
static const int color_values[] = { -1, 1, 0 };
static const char *const sort_words[] = { "relevance", "popularity", "date",
	"like" };
static const char *const escape_words[] = { "html", "csv", "tsv", "none" };
static const enum escape escape_values[] = { EscapeHtml, EscapeCsv,
	EscapeTsv, EscapeNone };

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
	/* ASCII, most of a line, is valid 8 bytes at a time. */
	while ((i += ascii_run(p + i, n - i)) < n) {
		i += utf8_decode(p + i, n - i, &c);
		if (c & BADBYTE) {
			warnx("%s: line %lu: invalid UTF-8", path, lineno);
			return -1;
		}
	}
	return 0;
}

/* A copy of s[0 .. n), NUL-terminated, that opt keeps and frees. */
static char *
keep_copy(struct options *opt, const char *s, size_t n)
{
	char *copy = memcpy(xrealloc(NULL, n + 1, 1), s, n);

	copy[n] = '\0';
	opt->buffers.v = grow(opt->buffers.v, &opt->buffers.cap,
	    opt->buffers.n + 1, sizeof(*opt->buffers.v));
	opt->buffers.v[opt->buffers.n++] = copy;
	return copy;
}

/* Takes a trailing "^W" off entry s, Lucene's boost: W a plain decimal,
 * 0 < W <= 100, into *w (else dflt); "\^" is a literal '^'.  -1, said for
 * src and line (0: none), when W is no such number. */
static int
split_weight(char *s, double *w, double dflt, const char *src,
    unsigned long lineno)
{
	char *caret = NULL, *to = s;
	const char *from;
	int carets = 0;

	*w = dflt;
	for (from = s; *from; *to++ = *from++)
		if (from[0] == '\\' && from[1] == '^')
			from++;
		else if (*from == '^' && ++carets)
			caret = to;
	*to = '\0';
	if (!caret)
		return 0;
	/* A caret that is not the weight's must be written \^. */
	if (carets > 1 || parse_popularity(caret + 1, strlen(caret + 1),
	    w) < 0 || *w <= 0 || *w > 100) {
		if (lineno)
			warnx("%s: line %lu: '%s' is not a weight (0 < W <= "
			    "100; \\^ for a '^')", src, lineno, caret);
		else
			warnx("%s: '%s' is not a weight (0 < W <= 100; \\^ "
			    "for a '^')", src, caret);
		return -1;
	}
	while (caret > s && is_space((unsigned char)caret[-1]))
		caret--;
	*caret = '\0';
	return 0;
}

/* Adds the entries of a list file to l: one a line, trimmed, blank lines
 * and "#" comments skipped, CRLF read as LF.  opt keeps a copy of each
 * entry, no more, since lists run to thousands of lines. */
static int
read_list(struct options *opt, struct arglist *l, const char *path,
    int weighted)
{
	FILE *fp;
	char *line = NULL, *s, *e, *entry;
	size_t cap = 0, before = l->n;
	unsigned long lineno = 0;
	ssize_t len;
	double w = 1;
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
		entry = keep_copy(opt, s, (size_t)(e - s));
		if (!weighted || (rv = split_weight(entry, &w, 1, path,
		    lineno)) == 0)
			rv = add_keyword(opt, l, path, lineno, entry, w);
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

/* A category to keep: arXiv's cs.LG, or bioRxiv's "animal behavior and
 * cognition"; one a record could hold, so valid UTF-8 with no '|', no
 * control character and no blank at either end (a record's are
 * trimmed). */
static int
add_category(struct options *opt, const char *name, const char *arg)
{
	const unsigned char *p = (const unsigned char *)arg;
	size_t n = strlen(arg), i, len;
	uint32_t c;

	for (i = 0; i < n; i += len) {
		len = utf8_decode(p + i, n - i, &c);
		if (c == '|' || (c & BADBYTE) || c < 0x20 || (c >= 0x7f &&
		    c < 0xa0))
			break;
	}
	if (n == 0 || i < n || is_space((unsigned char)arg[0]) ||
	    is_space((unsigned char)arg[n - 1])) {
		warnx("%s: '%s' is not a category such as cs.LG, cs or "
		    "'animal behavior and cognition'", name, arg);
		return -1;
	}
	return add_keyword(opt, &opt->categories, name, 0, arg, 1);
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

/* --group=KEY: type, category, keyword, or a field number 1 to 9. */
static int
parse_group(const char *name, const char *val, int *out)
{
	static const char *const words[] = { "type", "category", "keyword" };
	int k;

	if (ISDIGIT(*val) && val[0] != '0' && !val[1]) {
		*out = GroupField + (*val - '1');
		return 0;
	}
	if ((k = parse_word(NULL, val, strlen(val), words, LEN(words))) < 0) {
		warnx("%s: '%s' is not type, category, keyword or a field "
		    "number 1 to 9", name, val);
		return -1;
	}
	*out = GroupType + k;
	return 0;
}

/* --min-like and --min-score: a plain decimal number, 0 to max (no limit
 * when max < 0), compared as %L and %s print. */
static int
parse_minimum(const char *name, const char *val, double max, double *out)
{
	int neg = *val == '-';

	if (parse_popularity(val + neg, strlen(val + neg), out) < 0) {
		warnx("%s: '%s' is not a number", name, val);
		return -1;
	}
	if (neg || (max >= 0 && *out > max)) {
		if (max >= 0)
			warnx("%s: '%s' is out of range (0 to %g)", name, val,
			    max);
		else
			warnx("%s: '%s' is below 0", name, val);
		return -1;
	}
	return 0;
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
	case 'A': return add_keyword(opt, &opt->authors, name, 0, val, -1);
	case 'e': return add_keyword(opt, &opt->keywords, name, 0, val, -1);
	case 'x': return add_keyword(opt, &opt->excludes, name, 0, val, 1);
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
		return read_list(opt, &opt->keywords, val, 1);
	case OptExcludeFrom: return read_list(opt, &opt->excludes, val, 0);
	case OptAuthorsFrom:
		opt->author_lists++;
		return read_list(opt, &opt->authors, val, 1);
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
	case OptLike:
		if (!*val) {
			warnx("%s: empty file name", name);
			return -1;
		}
		opt->likes.v = grow(opt->likes.v, &opt->likes.cap,
		    opt->likes.n + 1, sizeof(*opt->likes.v));
		opt->likes.v[opt->likes.n++] = val;
		break;
	case OptMinLike: return parse_minimum(name, val, 100, &opt->min_like);
	case OptMinScore: return parse_minimum(name, val, -1, &opt->min_score);
	case OptWeights: opt->weights = 1; break;
	case OptGroup: return parse_group(name, val, &opt->group);
	case OptGroupHeader: opt->group_header = val; break;
	case OptPerGroup:
		return parse_number(name, val, 1, LLONG_MAX, &opt->per_group);
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
/* The weights of list l's entries from the command line: dflt, or with
 * --weights each one's ^W (src names them in messages). */
static int
list_weights(struct options *opt, struct arglist *l, double dflt,
    const char *src)
{
	size_t i;
	char *copy;

	for (i = 0; i < l->n; i++) {
		if (l->w[i] >= 0)
			continue;
		l->w[i] = dflt;
		if (!opt->weights)
			continue;
		l->v[i] = copy = keep_copy(opt, l->v[i], strlen(l->v[i]));
		if (split_weight(copy, &l->w[i], dflt, src, 0) < 0 ||
		    check_keyword(opt, src, 0, copy) < 0)
			return -1;
	}
	return 0;
}

/* Keywords weigh 1 and -A names 0 (a name selects, and adds to no score),
 * unless --weights gives them a ^W. */
static int
command_weights(struct options *opt)
{
	return list_weights(opt, &opt->keywords, 1, "keyword") < 0 ||
	    list_weights(opt, &opt->authors, 0, "-A") < 0 ? -1 : 0;
}

static int
parse_args(struct options *opt, int argc, char **argv)
{
	int i, rv = 0, done = 0;

	for (i = 1; (rv == 0 || (rv < 0 && !opt)) && i < argc; i++) {
		if (!done && !strcmp(argv[i], "--"))
			done = 1;
		else if (done || argv[i][0] != '-' || !argv[i][1])
			rv = opt ? add_keyword(opt, &opt->keywords, "keyword",
			    0, argv[i], -1) : 0;
		else if (argv[i][1] == '-')
			rv = parse_long(opt, argv, &i);
		else
			rv = parse_short(opt, argv, &i);
	}
	return rv == 0 && opt ? command_weights(opt) : rv;
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
	opt->min_like = opt->min_score = -1;
}

static void
options_free(struct options *opt)
{
	size_t i;

	free(opt->keywords.v);
	free(opt->keywords.w);
	free(opt->excludes.v);
	free(opt->excludes.w);
	free(opt->authors.v);
	free(opt->authors.w);
	free(opt->categories.v);
	free(opt->categories.w);
	free(opt->likes.v);
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
	format_free(&q->section);
	profile_free(&q->like);
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
	else if ((opt->escape == EscapeCsv || opt->escape == EscapeTsv) &&
	    opt->wrap)
		why = "a wrapped line is no longer one row: "
		    "not --escape=csv or tsv with --wrap";
	else if (opt->escape != EscapeNone && opt->color > 0)
		why = "--color=always writes escape sequences: "
		    "not with --escape";
	else if (!opt->group && (opt->group_header || opt->per_group))
		why = opt->per_group ? "--per-group needs --group" :
		    "--group-header needs --group";
	else if (opt->ignore_accents)
		why = opt->marks_only;
	if (why)
		warnx("%s", why);
	return why ? -1 : 0;
}

/* What only --like gives, asked for without it: one message. */
static int
like_needed(const struct options *opt, const struct format *fmt)
{
	const char *dir;

	if (opt->likes.n)
		return 0;
	if (opt->sort == SortLike)
		warnx("--sort=like needs --like");
	else if (opt->min_like >= 0)
		warnx("--min-like needs --like");
	else if (*(dir = format_uses(fmt, 'L') ? "L" : format_uses(fmt, 'N') ?
	    "N" : format_uses(fmt, 'W') ? "W" : ""))
		warnx("%%%s needs --like", dir);
	else
		return 0;
	return -1;
}

/* Checks option combinations, settles what was left to be decided, and
 * compiles the query; on failure nothing of it is left allocated. */
static int
validate(const struct options *opt, struct query *q)
{
	const char *no_color = getenv("NO_COLOR");
	int fold_case = !opt->case_sensitive, color = opt->color;
	size_t i;

	memset(q, 0, sizeof(*q));
	if (conflicts(opt) < 0)
		return -1;
	if ((opt->header && compile_format(&q->header, opt->header,
	    "--header", "nd", 0) < 0) || (opt->group &&
	    compile_format(&q->section, opt->group_header ? opt->group_header :
	    "== %g (%n)", "--group-header", "gnd", 0) < 0) || (opt->footer &&
	    compile_format(&q->footer, opt->footer, "--footer", "nd", 0) < 0) ||
	    compile_format(&q->fmt, opt->format ? opt->format :
	    default_format, "format", CONVERSIONS "123456789", 1) < 0) {
		query_free(q);
		return -1;
	}
	q->headed = opt->header != NULL;
	q->footed = opt->footer != NULL;
	q->hold = format_uses(&q->header, 'n');
	if (like_needed(opt, &q->fmt) < 0) {
		query_free(q);
		return -1;
	}
	q->output = opt->quiet ? OutQuiet : opt->count ? OutCount :
	    opt->raw ? OutRaw : opt->json ? OutJson : OutFormat;
	/* Auto means a person is watching: never when the digest goes to
	 * --pipe, whatever standard output is, nor into escaped output. */
	if (color < 0)
		color = !opt->pipe_cmd && !opt->json &&
		    opt->escape == EscapeNone && isatty(STDOUT_FILENO) &&
		    !(no_color && *no_color);
	q->fmt.color = color && !opt->raw && !opt->count && !opt->quiet;
	q->fmt.escape = q->header.escape = q->footer.escape =
	    q->section.escape = opt->escape;
	q->fmt.wrap = q->header.wrap = q->footer.wrap = q->section.wrap =
	    (size_t)opt->wrap;
	q->group = opt->group;
	q->per_group = (unsigned long long)opt->per_group;
	if (opt->all || format_uses(&q->fmt, 'k') ||
	    opt->group == GroupKeyword)
		q->depth = FindEach;
	if (q->fmt.color || opt->sort == SortRelevance || opt->json ||
	    format_uses(&q->fmt, 's') || opt->min_score >= 0)
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
	matcher_compile(&q->keywords, &opt->keywords, fold_case, opt->word,
	    opt->ignore_accents);
	matcher_compile(&q->excludes, &opt->excludes, fold_case, opt->word,
	    opt->ignore_accents);
	matcher_compile(&q->authors, &opt->authors, fold_case, opt->word,
	    opt->ignore_accents);
	for (i = 0; i < opt->authors.n; i++)
		if (opt->authors.w[i] > 0)
			q->author_depth = FindEach;
	q->scored = opt->keywords.n || q->author_depth == FindEach;
	if ((q->min_score = opt->min_score) >= 0 && !q->scored) {
		warnx("--min-score needs keywords, or authors with a weight");
		query_free(q);
		return -1;
	}
	q->liking = opt->likes.n > 0;
	q->min_like = opt->min_like;
	/* What -c, -q and -r do not print is not explained. */
	q->explain = q->liking && (q->output == OutJson ||
	    (q->output == OutFormat && (format_uses(&q->fmt, 'L') ||
	    format_uses(&q->fmt, 'N') || format_uses(&q->fmt, 'W'))));
	if (q->liking && like_compile(opt, q) < 0) {
		query_free(q);
		return -1;
	}
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

/* --- tables: case folding, widths, grapheme clusters, accents, words --- */

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

/*
 * The word table of --like: how common each of the 5,000 most common
 * words of arXiv titles and abstracts is, made by test/tools/gen-idf from
 * half of ../shared/data/corpus/arxiv-23k.tsv (11,413 real papers): the
 * weight round(100 ln(n/df)), 0 for the 150 most common (stop words).
 * Sorted by strcmp, as gen-idf writes it; gen-idf --check compares.
 */
static const struct idf {
	char w[20];             /* gen-idf makes no word longer than 19 */
	unsigned short v;
} idf[] = {
/* BEGIN TABLE idf */
	{ "1d", 497 },
	{ "2d", 374 },
	{ "2n", 616 },
	{ "2x", 598 },
	{ "3d", 326 },
	{ "3dg", 601 },
	{ "3x", 594 },
	{ "4d", 612 },
	{ "4o", 511 },
	{ "4x", 605 },
	{ "5g", 605 },
	{ "5x", 598 },
	{ "6g", 560 },
	{ "6x", 616 },
	{ "7b", 539 },
	{ "8b", 551 },
	{ "ab", 311 },
	{ "abelian", 520 },
	{ "ability", 296 },
	{ "ablation", 468 },
	{ "able", 404 },
	{ "about", 294 },
	{ "above", 389 },
	{ "abrupt", 612 },
	{ "absence", 434 },
	{ "absent", 535 },
	{ "absolute", 444 },
	{ "absorption", 427 },
	{ "abstract", 487 },
	{ "abstraction", 523 },
	{ "abundance", 417 },
	{ "abundant", 549 },
	{ "ac", 616 },
	{ "academic", 492 },
	{ "accelerate", 387 },
	{ "accelerated", 418 },
	{ "accelerating", 440 },
	{ "acceleration", 413 },
	{ "accelerator", 496 },
	{ "acceptable", 588 },
	{ "acceptance", 534 },
	{ "accepted", 598 },
	{ "access", 357 },
	{ "accessibility", 494 },
	{ "accessible", 411 },
	{ "accommodate", 518 },
	{ "accompanied", 525 },
	{ "accompanying", 598 },
	{ "according", 442 },
	{ "accordingly", 563 },
	{ "account", 349 },
	{ "accountability", 585 },
	{ "accounting", 462 },
	{ "accreting", 601 },
	{ "accretion", 456 },
	{ "accumulate", 612 },
	{ "accumulation", 565 },
	{ "accuracy", 0 },
	{ "accurate", 259 },
	{ "accurately", 333 },
	{ "achievable", 500 },
	{ "achieve", 0 },
	{ "achieved", 318 },
	{ "achieving", 288 },
	{ "acid", 500 },
	{ "acoustic", 422 },
	{ "acquire", 541 },
	{ "acquired", 570 },
	{ "acquisition", 466 },
	{ "across", 0 },
	{ "act", 402 },
	{ "acting", 528 },
	{ "action", 334 },
	{ "actionable", 504 },
	{ "activate", 598 },
	{ "activated", 616 },
	{ "activation", 434 },
	{ "active", 348 },
	{ "actively", 541 },
	{ "activity", 374 },
	{ "actor", 532 },
	{ "actual", 499 },
	{ "actually", 543 },
	{ "actuator", 612 },
	{ "acyclic", 601 },
	{ "ad", 523 },
	{ "adapt", 390 },
	{ "adaptability", 451 },
	{ "adaptable", 554 },
	{ "adaptation", 385 },
	{ "adapted", 454 },
	{ "adapter", 570 },
	{ "adapting", 496 },
	{ "adaptive", 297 },
	{ "adaptively", 478 },
	{ "add", 512 },
	{ "added", 547 },
	{ "adding", 489 },
	{ "addition", 338 },
	{ "additional", 316 },
	{ "additionally", 295 },
	{ "additive", 484 },
	{ "address", 0 },
	{ "addresse", 375 },
	{ "addressed", 512 },
	{ "addressing", 388 },
	{ "adequate", 612 },
	{ "adequately", 601 },
	{ "adiabatic", 517 },
	{ "adic", 594 },
	{ "adjacent", 551 },
	{ "adjoint", 591 },
	{ "adjust", 466 },
	{ "adjustable", 625 },
	{ "adjusted", 570 },
	{ "adjusting", 585 },
	{ "adjustment", 499 },
	{ "admissible", 556 },
	{ "admit", 463 },
	{ "adopt", 434 },
	{ "adopted", 456 },
	{ "adopting", 509 },
	{ "adoption", 423 },
	{ "ads", 591 },
	{ "adsorption", 558 },
	{ "adult", 621 },
	{ "advance", 308 },
	{ "advanced", 331 },
	{ "advancement", 376 },
	{ "advancing", 385 },
	{ "advantage", 349 },
	{ "advent", 594 },
	{ "adversarial", 410 },
	{ "adversary", 573 },
	{ "adverse", 616 },
	{ "advertising", 612 },
	{ "advocate", 601 },
	{ "aerial", 539 },
	{ "affect", 384 },
	{ "affected", 509 },
	{ "affecting", 520 },
	{ "affine", 468 },
	{ "affinity", 475 },
	{ "aforementioned", 605 },
	{ "after", 333 },
	{ "again", 594 },
	{ "against", 296 },
	{ "agb", 616 },
	{ "age", 425 },
	{ "agency", 549 },
	{ "agent", 268 },
	{ "agentic", 441 },
	{ "aggregate", 479 },
	{ "aggregated", 565 },
	{ "aggregating", 621 },
	{ "aggregation", 450 },
	{ "agn", 512 },
	{ "agnostic", 461 },
	{ "ago", 601 },
	{ "agree", 500 },
	{ "agreement", 342 },
	{ "ahead", 608 },
	{ "ai", 242 },
	{ "aid", 526 },
	{ "aided", 522 },
	{ "aim", 299 },
	{ "aimed", 495 },
	{ "aiming", 503 },
	{ "air", 491 },
	{ "al", 391 },
	{ "albeit", 605 },
	{ "algebra", 356 },
	{ "algebraic", 447 },
	{ "algorithm", 0 },
	{ "algorithmic", 436 },
	{ "align", 388 },
	{ "aligned", 389 },
	{ "aligning", 478 },
	{ "alignment", 331 },
	{ "all", 0 },
	{ "alleviate", 534 },
	{ "allocate", 579 },
	{ "allocating", 621 },
	{ "allocation", 425 },
	{ "allow", 283 },
	{ "allowed", 500 },
	{ "allowing", 353 },
	{ "alloy", 579 },
	{ "alma", 576 },
	{ "almost", 447 },
	{ "alone", 434 },
	{ "along", 316 },
	{ "alongside", 463 },
	{ "alpha", 440 },
	{ "already", 464 },
	{ "also", 0 },
	{ "alter", 514 },
	{ "altering", 625 },
	{ "alternate", 585 },
	{ "alternating", 522 },
	{ "alternative", 316 },
	{ "although", 325 },
	{ "altitude", 576 },
	{ "alway", 461 },
	{ "am", 625 },
	{ "ambient", 494 },
	{ "ambiguity", 517 },
	{ "ambiguous", 573 },
	{ "amenable", 621 },
	{ "amino", 537 },
	{ "among", 310 },
	{ "amorphous", 601 },
	{ "amount", 424 },
	{ "amplification", 560 },
	{ "amplified", 612 },
	{ "amplify", 534 },
	{ "amplitude", 405 },
	{ "an", 0 },
	{ "analog", 497 },
	{ "analogous", 489 },
	{ "analogue", 543 },
	{ "analogy", 588 },
	{ "analyse", 349 },
	{ "analysed", 594 },
	{ "analysing", 616 },
	{ "analysis", 0 },
	{ "analytic", 404 },
	{ "analytical", 371 },
	{ "analytically", 469 },
	{ "analyze", 309 },
	{ "analyzed", 422 },
	{ "analyzing", 371 },
	{ "anatomical", 547 },
	{ "anatomy", 573 },
	{ "anchor", 551 },
	{ "and", 0 },
	{ "angle", 376 },
	{ "angular", 405 },
	{ "animal", 608 },
	{ "animation", 594 },
	{ "anisotropic", 459 },
	{ "anisotropy", 491 },
	{ "ann", 576 },
	{ "annealing", 576 },
	{ "annihilation", 568 },
	{ "annotated", 472 },
	{ "annotation", 412 },
	{ "annotator", 616 },
	{ "anomalous", 500 },
	{ "anomaly", 442 },
	{ "anonymous", 612 },
	{ "another", 422 },
	{ "ansatz", 570 },
	{ "answer", 421 },
	{ "answering", 488 },
	{ "antenna", 496 },
	{ "anti", 491 },
	{ "anticipate", 598 },
	{ "antiferromagnet", 625 },
	{ "antiferromagnetic", 543 },
	{ "any", 289 },
	{ "apart", 605 },
	{ "aperture", 565 },
	{ "api", 514 },
	{ "apis", 605 },
	{ "app", 612 },
	{ "apparent", 517 },
	{ "appear", 401 },
	{ "appearance", 504 },
	{ "appearing", 625 },
	{ "applicability", 392 },
	{ "applicable", 441 },
	{ "application", 0 },
	{ "applied", 296 },
	{ "apply", 305 },
	{ "applying", 368 },
	{ "approach", 0 },
	{ "approache", 0 },
	{ "approaching", 547 },
	{ "appropriate", 442 },
	{ "appropriately", 601 },
	{ "approx", 482 },
	{ "approximate", 385 },
	{ "approximated", 601 },
	{ "approximately", 366 },
	{ "approximating", 560 },
	{ "approximation", 319 },
	{ "aqueous", 560 },
	{ "ar", 556 },
	{ "arbitrarily", 551 },
	{ "arbitrary", 378 },
	{ "arc", 579 },
	{ "architectural", 455 },
	{ "architecture", 238 },
	{ "archival", 570 },
	{ "archive", 605 },
	{ "are", 0 },
	{ "area", 343 },
	{ "argue", 422 },
	{ "argument", 490 },
	{ "arise", 360 },
	{ "arising", 423 },
	{ "arithmetic", 549 },
	{ "arm", 511 },
	{ "around", 344 },
	{ "arpe", 605 },
	{ "arrangement", 543 },
	{ "array", 390 },
	{ "arrival", 563 },
	{ "art", 235 },
	{ "article", 404 },
	{ "artifact", 463 },
	{ "artificial", 326 },
	{ "arxiv", 565 },
	{ "as", 0 },
	{ "ask", 579 },
	{ "aspect", 387 },
	{ "asr", 551 },
	{ "assemble", 616 },
	{ "assembled", 616 },
	{ "assembly", 496 },
	{ "assess", 353 },
	{ "assessed", 501 },
	{ "assessing", 438 },
	{ "assessment", 354 },
	{ "asset", 514 },
	{ "assign", 523 },
	{ "assigned", 539 },
	{ "assigning", 601 },
	{ "assignment", 492 },
	{ "assist", 535 },
	{ "assistance", 556 },
	{ "assistant", 494 },
	{ "assisted", 408 },
	{ "associated", 299 },
	{ "association", 494 },
	{ "associative", 601 },
	{ "assume", 447 },
	{ "assumed", 489 },
	{ "assuming", 447 },
	{ "assumption", 341 },
	{ "asteroid", 601 },
	{ "astrometric", 594 },
	{ "astrometry", 616 },
	{ "astronomical", 523 },
	{ "astronomy", 496 },
	{ "astrophysic", 504 },
	{ "astrophysical", 447 },
	{ "asymmetric", 472 },
	{ "asymmetry", 470 },
	{ "asymptotic", 427 },
	{ "asymptotically", 518 },
	{ "asynchronous", 549 },
	{ "at", 0 },
	{ "atla", 556 },
	{ "atmosphere", 473 },
	{ "atmospheric", 464 },
	{ "atom", 363 },
	{ "atomic", 364 },
	{ "atomistic", 476 },
	{ "attached", 612 },
	{ "attack", 400 },
	{ "attacker", 579 },
	{ "attain", 520 },
	{ "attempt", 480 },
	{ "attention", 303 },
	{ "attenuation", 601 },
	{ "attitude", 605 },
	{ "attracted", 530 },
	{ "attraction", 621 },
	{ "attractive", 509 },
	{ "attractor", 598 },
	{ "attribute", 419 },
	{ "attributed", 496 },
	{ "attribution", 576 },
	{ "au", 488 },
	{ "auc", 525 },
	{ "auction", 612 },
	{ "audio", 366 },
	{ "audit", 565 },
	{ "auditable", 621 },
	{ "auditing", 601 },
	{ "auditory", 585 },
	{ "augment", 515 },
	{ "augmentation", 446 },
	{ "augmented", 361 },
	{ "augmenting", 594 },
	{ "authentic", 621 },
	{ "author", 490 },
	{ "auto", 541 },
	{ "autocorrelation", 594 },
	{ "autoencoder", 445 },
	{ "automate", 495 },
	{ "automated", 338 },
	{ "automatic", 403 },
	{ "automatically", 434 },
	{ "automating", 518 },
	{ "automation", 471 },
	{ "automorphism", 621 },
	{ "autonomous", 372 },
	{ "autonomously", 523 },
	{ "autonomy", 528 },
	{ "autoregressive", 494 },
	{ "auxiliary", 467 },
	{ "availability", 462 },
	{ "available", 255 },
	{ "avenue", 472 },
	{ "average", 308 },
	{ "averaged", 512 },
	{ "averaging", 534 },
	{ "avoid", 422 },
	{ "avoidance", 591 },
	{ "avoiding", 500 },
	{ "aware", 281 },
	{ "awareness", 473 },
	{ "away", 530 },
	{ "axe", 537 },
	{ "axial", 594 },
	{ "axion", 522 },
	{ "axis", 474 },
	{ "back", 484 },
	{ "backbone", 438 },
	{ "backend", 601 },
	{ "background", 348 },
	{ "backward", 568 },
	{ "balance", 385 },
	{ "balanced", 497 },
	{ "balancing", 478 },
	{ "ball", 621 },
	{ "band", 308 },
	{ "bandit", 585 },
	{ "bandwidth", 466 },
	{ "bang", 598 },
	{ "bank", 576 },
	{ "bao", 621 },
	{ "bar", 505 },
	{ "barrier", 401 },
	{ "baryon", 507 },
	{ "baryonic", 608 },
	{ "base", 375 },
	{ "based", 0 },
	{ "baseline", 255 },
	{ "basic", 457 },
	{ "basis", 371 },
	{ "batch", 497 },
	{ "bath", 591 },
	{ "battery", 539 },
	{ "baye", 605 },
	{ "bayesian", 371 },
	{ "be", 0 },
	{ "beam", 426 },
	{ "beamforming", 591 },
	{ "because", 364 },
	{ "become", 289 },
	{ "becoming", 520 },
	{ "been", 0 },
	{ "before", 390 },
	{ "begin", 504 },
	{ "beginning", 591 },
	{ "behave", 520 },
	{ "behavior", 254 },
	{ "behavioral", 482 },
	{ "behaviour", 442 },
	{ "behind", 482 },
	{ "being", 340 },
	{ "belief", 551 },
	{ "believe", 515 },
	{ "believed", 616 },
	{ "belong", 579 },
	{ "below", 381 },
	{ "bench", 500 },
	{ "benchmark", 0 },
	{ "benchmarked", 549 },
	{ "benchmarking", 418 },
	{ "bending", 598 },
	{ "beneficial", 576 },
	{ "benefit", 368 },
	{ "benign", 616 },
	{ "berry", 625 },
	{ "bert", 591 },
	{ "beside", 539 },
	{ "best", 310 },
	{ "beta", 500 },
	{ "better", 306 },
	{ "between", 0 },
	{ "beyond", 281 },
	{ "bf", 612 },
	{ "bh", 605 },
	{ "bi", 522 },
	{ "bia", 364 },
	{ "biase", 440 },
	{ "biased", 505 },
	{ "bidirectional", 549 },
	{ "big", 512 },
	{ "bilayer", 523 },
	{ "billion", 495 },
	{ "bin", 579 },
	{ "binary", 336 },
	{ "bind", 612 },
	{ "binding", 385 },
	{ "bio", 588 },
	{ "biological", 375 },
	{ "biologically", 514 },
	{ "biology", 481 },
	{ "biomarker", 570 },
	{ "biomedical", 528 },
	{ "biomolecular", 568 },
	{ "biomolecule", 621 },
	{ "bipartite", 605 },
	{ "bit", 477 },
	{ "black", 338 },
	{ "blazar", 621 },
	{ "blend", 625 },
	{ "blending", 621 },
	{ "blind", 558 },
	{ "bloch", 605 },
	{ "block", 389 },
	{ "blockchain", 608 },
	{ "blood", 621 },
	{ "blue", 520 },
	{ "blueprint", 625 },
	{ "board", 594 },
	{ "body", 335 },
	{ "bogoliubov", 621 },
	{ "boltzmann", 522 },
	{ "bond", 454 },
	{ "bonding", 525 },
	{ "book", 601 },
	{ "boolean", 601 },
	{ "boost", 484 },
	{ "boosting", 522 },
	{ "bootstrap", 601 },
	{ "born", 568 },
	{ "boron", 608 },
	{ "bose", 579 },
	{ "boson", 532 },
	{ "bosonic", 558 },
	{ "both", 0 },
	{ "bottleneck", 395 },
	{ "bottom", 565 },
	{ "bound", 298 },
	{ "boundary", 344 },
	{ "bounded", 438 },
	{ "bounding", 605 },
	{ "box", 435 },
	{ "boxe", 625 },
	{ "brain", 424 },
	{ "branch", 482 },
	{ "branche", 598 },
	{ "branching", 568 },
	{ "breadth", 616 },
	{ "break", 438 },
	{ "breakdown", 570 },
	{ "breaking", 441 },
	{ "breakthrough", 545 },
	{ "breast", 598 },
	{ "bridge", 363 },
	{ "bridging", 420 },
	{ "brief", 601 },
	{ "briefly", 591 },
	{ "bright", 499 },
	{ "brightest", 625 },
	{ "brightness", 522 },
	{ "brillouin", 612 },
	{ "bring", 490 },
	{ "bringing", 616 },
	{ "broad", 365 },
	{ "broadband", 556 },
	{ "broaden", 579 },
	{ "broadening", 582 },
	{ "broader", 402 },
	{ "broadly", 472 },
	{ "broken", 541 },
	{ "brown", 625 },
	{ "brownian", 612 },
	{ "bubble", 573 },
	{ "budget", 439 },
	{ "buffer", 591 },
	{ "bug", 598 },
	{ "build", 396 },
	{ "building", 327 },
	{ "built", 379 },
	{ "bulk", 403 },
	{ "bundle", 537 },
	{ "burden", 518 },
	{ "burst", 512 },
	{ "business", 545 },
	{ "but", 0 },
	{ "by", 0 },
	{ "bypass", 598 },
	{ "ca", 528 },
	{ "cache", 517 },
	{ "calculate", 422 },
	{ "calculated", 422 },
	{ "calculating", 530 },
	{ "calculation", 269 },
	{ "calculus", 605 },
	{ "calibrate", 608 },
	{ "calibrated", 462 },
	{ "calibrating", 601 },
	{ "calibration", 405 },
	{ "call", 422 },
	{ "called", 365 },
	{ "cam", 625 },
	{ "camera", 459 },
	{ "campaign", 532 },
	{ "can", 0 },
	{ "cancellation", 601 },
	{ "cancer", 485 },
	{ "candidate", 320 },
	{ "cannot", 373 },
	{ "canonical", 449 },
	{ "cap", 612 },
	{ "capability", 248 },
	{ "capable", 361 },
	{ "capacity", 377 },
	{ "caption", 621 },
	{ "capture", 262 },
	{ "captured", 472 },
	{ "capturing", 375 },
	{ "carbon", 446 },
	{ "card", 625 },
	{ "cardiac", 591 },
	{ "cardinality", 598 },
	{ "cardiovascular", 612 },
	{ "care", 512 },
	{ "careful", 543 },
	{ "carefully", 505 },
	{ "carlo", 371 },
	{ "carried", 488 },
	{ "carrier", 518 },
	{ "carry", 490 },
	{ "carrying", 612 },
	{ "cartesian", 616 },
	{ "cascade", 556 },
	{ "case", 0 },
	{ "cast", 616 },
	{ "catalog", 477 },
	{ "catalogue", 558 },
	{ "catalysis", 495 },
	{ "catalyst", 579 },
	{ "catalytic", 579 },
	{ "catastrophic", 576 },
	{ "categorical", 558 },
	{ "categorize", 601 },
	{ "categorized", 616 },
	{ "category", 356 },
	{ "causal", 434 },
	{ "causality", 601 },
	{ "cause", 409 },
	{ "caused", 433 },
	{ "causing", 522 },
	{ "cavity", 504 },
	{ "cc", 598 },
	{ "cdm", 517 },
	{ "cdot", 563 },
	{ "ce", 582 },
	{ "cell", 387 },
	{ "cellular", 528 },
	{ "center", 394 },
	{ "centered", 458 },
	{ "central", 319 },
	{ "centralized", 511 },
	{ "centre", 551 },
	{ "centric", 444 },
	{ "century", 591 },
	{ "certain", 362 },
	{ "cg", 621 },
	{ "chain", 346 },
	{ "challenge", 0 },
	{ "challenged", 608 },
	{ "challenging", 278 },
	{ "chance", 616 },
	{ "chandra", 605 },
	{ "change", 298 },
	{ "changing", 491 },
	{ "channel", 332 },
	{ "chao", 616 },
	{ "chaotic", 541 },
	{ "character", 436 },
	{ "characterise", 588 },
	{ "characteristic", 306 },
	{ "characterization", 377 },
	{ "characterize", 369 },
	{ "characterized", 390 },
	{ "characterizing", 470 },
	{ "charge", 359 },
	{ "charged", 485 },
	{ "chart", 588 },
	{ "chat", 598 },
	{ "chatbot", 563 },
	{ "chatgpt", 547 },
	{ "check", 479 },
	{ "checking", 568 },
	{ "checkpoint", 591 },
	{ "chemical", 336 },
	{ "chemically", 543 },
	{ "chemistry", 399 },
	{ "cherenkov", 612 },
	{ "chern", 570 },
	{ "chi", 605 },
	{ "chinese", 570 },
	{ "chip", 504 },
	{ "chiral", 455 },
	{ "chirality", 605 },
	{ "choice", 379 },
	{ "choose", 526 },
	{ "choosing", 588 },
	{ "chosen", 501 },
	{ "ci", 621 },
	{ "cifar", 621 },
	{ "circ", 556 },
	{ "circuit", 423 },
	{ "circular", 499 },
	{ "circumstellar", 579 },
	{ "circumvent", 612 },
	{ "citation", 582 },
	{ "cite", 563 },
	{ "city", 568 },
	{ "cl", 556 },
	{ "claim", 504 },
	{ "clarify", 503 },
	{ "clarity", 560 },
	{ "class", 306 },
	{ "classe", 385 },
	{ "classic", 545 },
	{ "classical", 291 },
	{ "classification", 301 },
	{ "classified", 573 },
	{ "classifier", 427 },
	{ "classify", 450 },
	{ "classifying", 541 },
	{ "claude", 549 },
	{ "clean", 488 },
	{ "clear", 400 },
	{ "clearly", 554 },
	{ "click", 625 },
	{ "client", 528 },
	{ "climate", 526 },
	{ "clinical", 378 },
	{ "clinically", 537 },
	{ "clinician", 616 },
	{ "clip", 556 },
	{ "clock", 608 },
	{ "close", 379 },
	{ "closed", 369 },
	{ "closely", 425 },
	{ "closer", 528 },
	{ "closest", 588 },
	{ "closure", 541 },
	{ "cloud", 381 },
	{ "cluster", 325 },
	{ "clustered", 621 },
	{ "clustering", 416 },
	{ "cm", 454 },
	{ "cmb", 514 },
	{ "cnn", 452 },
	{ "co", 356 },
	{ "coalescence", 616 },
	{ "coarse", 427 },
	{ "code", 245 },
	{ "codebase", 612 },
	{ "codebook", 585 },
	{ "codec", 621 },
	{ "coding", 457 },
	{ "coefficient", 357 },
	{ "coexist", 625 },
	{ "coexistence", 551 },
	{ "cognition", 621 },
	{ "cognitive", 433 },
	{ "coherence", 429 },
	{ "coherent", 397 },
	{ "cohomology", 545 },
	{ "cohort", 582 },
	{ "coincide", 541 },
	{ "coincidence", 621 },
	{ "cold", 459 },
	{ "collaborate", 625 },
	{ "collaboration", 412 },
	{ "collaborative", 435 },
	{ "collaboratively", 598 },
	{ "collapse", 428 },
	{ "collect", 558 },
	{ "collected", 436 },
	{ "collecting", 591 },
	{ "collection", 412 },
	{ "collective", 420 },
	{ "collectively", 549 },
	{ "collider", 582 },
	{ "collision", 422 },
	{ "collisional", 621 },
	{ "color", 470 },
	{ "colour", 625 },
	{ "column", 532 },
	{ "com", 329 },
	{ "combination", 345 },
	{ "combinatorial", 442 },
	{ "combine", 305 },
	{ "combined", 334 },
	{ "combining", 320 },
	{ "come", 467 },
	{ "comet", 605 },
	{ "coming", 594 },
	{ "command", 563 },
	{ "comment", 576 },
	{ "commerce", 616 },
	{ "commercial", 484 },
	{ "commit", 625 },
	{ "common", 328 },
	{ "commonly", 407 },
	{ "communicate", 621 },
	{ "communication", 327 },
	{ "community", 386 },
	{ "commutative", 558 },
	{ "compact", 340 },
	{ "companion", 490 },
	{ "company", 585 },
	{ "comparable", 342 },
	{ "comparative", 422 },
	{ "compare", 328 },
	{ "compared", 0 },
	{ "comparing", 388 },
	{ "comparison", 327 },
	{ "compatibility", 501 },
	{ "compatible", 433 },
	{ "compelling", 505 },
	{ "compensation", 598 },
	{ "competing", 501 },
	{ "competition", 488 },
	{ "competitive", 385 },
	{ "compilation", 579 },
	{ "compiled", 598 },
	{ "complement", 481 },
	{ "complementarity", 598 },
	{ "complementary", 392 },
	{ "complemented", 579 },
	{ "complementing", 612 },
	{ "complete", 349 },
	{ "completed", 591 },
	{ "completely", 468 },
	{ "completeness", 532 },
	{ "completion", 468 },
	{ "complex", 0 },
	{ "complexe", 503 },
	{ "complexity", 275 },
	{ "compliance", 505 },
	{ "compliant", 598 },
	{ "complicate", 573 },
	{ "complicated", 523 },
	{ "component", 267 },
	{ "composed", 482 },
	{ "composite", 487 },
	{ "composition", 402 },
	{ "compositional", 539 },
	{ "compound", 428 },
	{ "comprehension", 543 },
	{ "comprehensive", 273 },
	{ "comprehensively", 543 },
	{ "compress", 612 },
	{ "compresse", 612 },
	{ "compressed", 522 },
	{ "compressing", 625 },
	{ "compression", 427 },
	{ "comprise", 474 },
	{ "comprising", 448 },
	{ "compromise", 525 },
	{ "compromising", 530 },
	{ "compton", 594 },
	{ "computable", 594 },
	{ "computation", 322 },
	{ "computational", 0 },
	{ "computationally", 355 },
	{ "compute", 322 },
	{ "computed", 400 },
	{ "computer", 382 },
	{ "computing", 319 },
	{ "concentrate", 605 },
	{ "concentrated", 554 },
	{ "concentration", 453 },
	{ "concept", 368 },
	{ "conceptual", 482 },
	{ "concern", 406 },
	{ "concerning", 523 },
	{ "concise", 588 },
	{ "conclude", 429 },
	{ "conclusion", 429 },
	{ "concrete", 480 },
	{ "concurrent", 541 },
	{ "concurrently", 598 },
	{ "condensate", 551 },
	{ "condensation", 601 },
	{ "condensed", 511 },
	{ "condition", 231 },
	{ "conditional", 412 },
	{ "conditioned", 473 },
	{ "conditioning", 515 },
	{ "conduct", 392 },
	{ "conductance", 598 },
	{ "conducted", 374 },
	{ "conducting", 545 },
	{ "conduction", 554 },
	{ "conductivity", 478 },
	{ "cone", 554 },
	{ "conference", 601 },
	{ "confidence", 411 },
	{ "configuration", 308 },
	{ "confined", 472 },
	{ "confinement", 501 },
	{ "confirm", 348 },
	{ "confirmed", 450 },
	{ "confirming", 492 },
	{ "conflict", 518 },
	{ "conflicting", 608 },
	{ "conformal", 503 },
	{ "conformation", 505 },
	{ "conformational", 512 },
	{ "conjecture", 450 },
	{ "conjectured", 621 },
	{ "conjugate", 588 },
	{ "conjunction", 556 },
	{ "connect", 492 },
	{ "connected", 433 },
	{ "connecting", 526 },
	{ "connection", 381 },
	{ "connectivity", 460 },
	{ "consecutive", 616 },
	{ "consensus", 537 },
	{ "consequence", 434 },
	{ "consequently", 450 },
	{ "conservation", 514 },
	{ "conservative", 534 },
	{ "conserved", 570 },
	{ "consider", 333 },
	{ "considerable", 509 },
	{ "considerably", 588 },
	{ "consideration", 452 },
	{ "considered", 379 },
	{ "considering", 400 },
	{ "consist", 418 },
	{ "consistency", 351 },
	{ "consistent", 267 },
	{ "consistently", 327 },
	{ "consisting", 444 },
	{ "constant", 342 },
	{ "constellation", 621 },
	{ "constituent", 556 },
	{ "constitute", 494 },
	{ "constitutive", 573 },
	{ "constrain", 427 },
	{ "constrained", 312 },
	{ "constraining", 500 },
	{ "constraint", 248 },
	{ "construct", 300 },
	{ "constructed", 390 },
	{ "constructing", 424 },
	{ "construction", 343 },
	{ "constructive", 588 },
	{ "consumer", 560 },
	{ "consuming", 476 },
	{ "consumption", 435 },
	{ "contact", 463 },
	{ "contain", 393 },
	{ "contained", 570 },
	{ "containing", 425 },
	{ "contamination", 537 },
	{ "contemporary", 551 },
	{ "content", 345 },
	{ "context", 259 },
	{ "contextual", 442 },
	{ "continual", 601 },
	{ "continuation", 621 },
	{ "continue", 483 },
	{ "continued", 605 },
	{ "continuity", 528 },
	{ "continuous", 330 },
	{ "continuously", 481 },
	{ "continuum", 425 },
	{ "contract", 598 },
	{ "contraction", 576 },
	{ "contrary", 591 },
	{ "contrast", 327 },
	{ "contrasting", 621 },
	{ "contrastive", 445 },
	{ "contribute", 385 },
	{ "contributing", 517 },
	{ "contribution", 304 },
	{ "control", 258 },
	{ "controllability", 591 },
	{ "controllable", 490 },
	{ "controlled", 369 },
	{ "controller", 468 },
	{ "controlling", 495 },
	{ "conventional", 297 },
	{ "converge", 468 },
	{ "convergence", 339 },
	{ "convergent", 612 },
	{ "converging", 608 },
	{ "conversation", 537 },
	{ "conversational", 523 },
	{ "conversely", 551 },
	{ "conversion", 460 },
	{ "convert", 496 },
	{ "converted", 612 },
	{ "converting", 585 },
	{ "convex", 432 },
	{ "convexity", 576 },
	{ "convolution", 543 },
	{ "convolutional", 407 },
	{ "cool", 576 },
	{ "cooling", 495 },
	{ "cooperation", 556 },
	{ "cooperative", 496 },
	{ "coordinate", 405 },
	{ "coordinated", 530 },
	{ "coordination", 439 },
	{ "copper", 625 },
	{ "copy", 591 },
	{ "core", 299 },
	{ "cornerstone", 563 },
	{ "coronal", 625 },
	{ "corpora", 551 },
	{ "corpus", 484 },
	{ "correct", 401 },
	{ "corrected", 526 },
	{ "correcting", 539 },
	{ "correction", 363 },
	{ "correctly", 509 },
	{ "correctness", 483 },
	{ "correlate", 489 },
	{ "correlated", 378 },
	{ "correlation", 281 },
	{ "correlator", 608 },
	{ "correspond", 453 },
	{ "correspondence", 462 },
	{ "corresponding", 311 },
	{ "corruption", 625 },
	{ "cortical", 625 },
	{ "cosine", 591 },
	{ "cosmic", 363 },
	{ "cosmological", 380 },
	{ "cosmology", 448 },
	{ "cost", 254 },
	{ "costly", 449 },
	{ "cot", 582 },
	{ "could", 328 },
	{ "coulomb", 489 },
	{ "count", 446 },
	{ "counter", 576 },
	{ "counterfactual", 560 },
	{ "counterpart", 435 },
	{ "counting", 518 },
	{ "country", 598 },
	{ "couple", 484 },
	{ "coupled", 340 },
	{ "coupling", 297 },
	{ "course", 515 },
	{ "covalent", 625 },
	{ "covariance", 511 },
	{ "covariant", 560 },
	{ "covariate", 601 },
	{ "cover", 453 },
	{ "coverage", 406 },
	{ "covering", 418 },
	{ "cp", 570 },
	{ "cpu", 471 },
	{ "cpus", 621 },
	{ "cr", 576 },
	{ "crafted", 612 },
	{ "create", 377 },
	{ "created", 488 },
	{ "creating", 418 },
	{ "creation", 457 },
	{ "creative", 547 },
	{ "credit", 582 },
	{ "criteria", 444 },
	{ "criterion", 479 },
	{ "critic", 601 },
	{ "critical", 226 },
	{ "critically", 477 },
	{ "critique", 625 },
	{ "cross", 285 },
	{ "crossing", 522 },
	{ "crossover", 532 },
	{ "crucial", 296 },
	{ "crucially", 508 },
	{ "cryogenic", 568 },
	{ "crystal", 398 },
	{ "crystalline", 503 },
	{ "crystallographic", 621 },
	{ "cs", 570 },
	{ "csi", 601 },
	{ "ct", 523 },
	{ "cu", 576 },
	{ "cube", 612 },
	{ "cubic", 507 },
	{ "cuda", 625 },
	{ "cue", 476 },
	{ "cultural", 534 },
	{ "cumulative", 530 },
	{ "cuprate", 616 },
	{ "curate", 625 },
	{ "curated", 484 },
	{ "curation", 588 },
	{ "current", 239 },
	{ "currently", 430 },
	{ "curriculum", 576 },
	{ "curvature", 473 },
	{ "curve", 376 },
	{ "curved", 616 },
	{ "custom", 467 },
	{ "customer", 625 },
	{ "customizable", 625 },
	{ "customized", 570 },
	{ "cut", 514 },
	{ "cutoff", 565 },
	{ "cutting", 556 },
	{ "cyber", 576 },
	{ "cybersecurity", 579 },
	{ "cycle", 418 },
	{ "cyclic", 526 },
	{ "daily", 530 },
	{ "damage", 549 },
	{ "damping", 565 },
	{ "dark", 348 },
	{ "data", 0 },
	{ "database", 370 },
	{ "dataset", 0 },
	{ "date", 470 },
	{ "day", 400 },
	{ "db", 530 },
	{ "dc", 576 },
	{ "de", 421 },
	{ "deal", 551 },
	{ "dealing", 616 },
	{ "debate", 576 },
	{ "debated", 616 },
	{ "debugging", 621 },
	{ "decade", 445 },
	{ "decay", 406 },
	{ "decaying", 608 },
	{ "decentralized", 468 },
	{ "decide", 608 },
	{ "deciphering", 621 },
	{ "decision", 295 },
	{ "decline", 573 },
	{ "decode", 573 },
	{ "decoder", 460 },
	{ "decoding", 437 },
	{ "decompose", 478 },
	{ "decomposed", 591 },
	{ "decomposing", 560 },
	{ "decomposition", 375 },
	{ "decouple", 515 },
	{ "decoupled", 528 },
	{ "decoupling", 534 },
	{ "decrease", 424 },
	{ "decreased", 608 },
	{ "decreasing", 539 },
	{ "dedicated", 451 },
	{ "deep", 245 },
	{ "deeper", 452 },
	{ "deepseek", 543 },
	{ "default", 560 },
	{ "defect", 439 },
	{ "defense", 494 },
	{ "define", 387 },
	{ "defined", 341 },
	{ "defining", 495 },
	{ "definite", 616 },
	{ "definition", 442 },
	{ "deformation", 431 },
	{ "deformed", 551 },
	{ "deg", 556 },
	{ "degeneracy", 499 },
	{ "degenerate", 494 },
	{ "degradation", 431 },
	{ "degrade", 455 },
	{ "degraded", 573 },
	{ "degrading", 601 },
	{ "degree", 339 },
	{ "delay", 439 },
	{ "delayed", 588 },
	{ "deletion", 621 },
	{ "deliver", 406 },
	{ "delivered", 605 },
	{ "delivering", 497 },
	{ "delivery", 530 },
	{ "delta", 496 },
	{ "demand", 349 },
	{ "demanding", 532 },
	{ "demo", 601 },
	{ "demographic", 512 },
	{ "demonstrate", 0 },
	{ "demonstrated", 320 },
	{ "demonstrating", 322 },
	{ "demonstration", 491 },
	{ "denoising", 464 },
	{ "denote", 570 },
	{ "dense", 396 },
	{ "density", 0 },
	{ "depend", 345 },
	{ "dependence", 356 },
	{ "dependency", 393 },
	{ "dependent", 279 },
	{ "depending", 444 },
	{ "depletion", 598 },
	{ "deploy", 528 },
	{ "deployed", 425 },
	{ "deploying", 492 },
	{ "deployment", 325 },
	{ "deposition", 551 },
	{ "depth", 371 },
	{ "der", 515 },
	{ "derivation", 500 },
	{ "derivative", 488 },
	{ "derive", 319 },
	{ "derived", 298 },
	{ "deriving", 520 },
	{ "descent", 480 },
	{ "describe", 339 },
	{ "described", 420 },
	{ "describing", 466 },
	{ "description", 339 },
	{ "descriptive", 608 },
	{ "descriptor", 497 },
	{ "desi", 556 },
	{ "design", 0 },
	{ "designed", 261 },
	{ "designer", 582 },
	{ "designing", 407 },
	{ "desirable", 551 },
	{ "desired", 465 },
	{ "despite", 299 },
	{ "detail", 376 },
	{ "detailed", 341 },
	{ "detect", 379 },
	{ "detectability", 594 },
	{ "detectable", 534 },
	{ "detected", 400 },
	{ "detecting", 410 },
	{ "detection", 255 },
	{ "detector", 376 },
	{ "determinant", 558 },
	{ "determination", 469 },
	{ "determine", 330 },
	{ "determined", 390 },
	{ "determining", 434 },
	{ "deterministic", 427 },
	{ "develop", 272 },
	{ "developed", 301 },
	{ "developer", 488 },
	{ "developing", 381 },
	{ "development", 272 },
	{ "deviate", 558 },
	{ "deviation", 412 },
	{ "device", 316 },
	{ "devise", 621 },
	{ "dex", 582 },
	{ "dft", 379 },
	{ "diagnose", 591 },
	{ "diagnosing", 612 },
	{ "diagnosis", 451 },
	{ "diagnostic", 389 },
	{ "diagonal", 535 },
	{ "diagonalization", 605 },
	{ "diagram", 411 },
	{ "dialogue", 537 },
	{ "diameter", 539 },
	{ "diamond", 591 },
	{ "dice", 616 },
	{ "dichalcogenide", 591 },
	{ "dictionary", 621 },
	{ "did", 556 },
	{ "dielectric", 537 },
	{ "differ", 459 },
	{ "difference", 334 },
	{ "different", 0 },
	{ "differentiable", 464 },
	{ "differential", 373 },
	{ "differentiate", 601 },
	{ "differentiation", 539 },
	{ "differently", 621 },
	{ "differing", 570 },
	{ "difficult", 367 },
	{ "difficulty", 420 },
	{ "diffraction", 515 },
	{ "diffuse", 522 },
	{ "diffusion", 305 },
	{ "digital", 372 },
	{ "dilemma", 608 },
	{ "dimension", 321 },
	{ "dimensional", 240 },
	{ "dimensionality", 451 },
	{ "dimer", 598 },
	{ "dipole", 504 },
	{ "dirac", 515 },
	{ "direct", 303 },
	{ "directed", 485 },
	{ "direction", 329 },
	{ "directional", 520 },
	{ "directly", 282 },
	{ "dirichlet", 616 },
	{ "disagreement", 625 },
	{ "disaster", 616 },
	{ "disc", 539 },
	{ "discipline", 563 },
	{ "discontinuity", 579 },
	{ "discourse", 625 },
	{ "discover", 474 },
	{ "discovered", 468 },
	{ "discovering", 526 },
	{ "discovery", 313 },
	{ "discrepancy", 448 },
	{ "discrete", 371 },
	{ "discretization", 526 },
	{ "discretized", 608 },
	{ "discrimination", 579 },
	{ "discriminative", 530 },
	{ "discuss", 350 },
	{ "discusse", 612 },
	{ "discussed", 447 },
	{ "discussing", 582 },
	{ "discussion", 481 },
	{ "disease", 434 },
	{ "disentangle", 549 },
	{ "disentangled", 625 },
	{ "disentangling", 616 },
	{ "disjoint", 616 },
	{ "disk", 422 },
	{ "disorder", 463 },
	{ "disordered", 525 },
	{ "disparity", 568 },
	{ "dispersion", 444 },
	{ "displacement", 476 },
	{ "display", 466 },
	{ "displaying", 612 },
	{ "disrupt", 568 },
	{ "disruption", 526 },
	{ "dissipation", 532 },
	{ "dissipative", 570 },
	{ "dissociation", 579 },
	{ "distance", 322 },
	{ "distant", 547 },
	{ "distill", 573 },
	{ "distillation", 500 },
	{ "distinct", 307 },
	{ "distinction", 551 },
	{ "distinctive", 565 },
	{ "distinguish", 460 },
	{ "distinguishe", 625 },
	{ "distinguished", 570 },
	{ "distinguishing", 523 },
	{ "distort", 616 },
	{ "distortion", 433 },
	{ "distributed", 366 },
	{ "distribution", 229 },
	{ "distributional", 515 },
	{ "disturbance", 570 },
	{ "diverge", 582 },
	{ "divergence", 474 },
	{ "diverse", 255 },
	{ "diversity", 378 },
	{ "divide", 547 },
	{ "divided", 594 },
	{ "division", 558 },
	{ "dl", 541 },
	{ "dm", 505 },
	{ "dna", 526 },
	{ "dnn", 560 },
	{ "do", 336 },
	{ "docking", 537 },
	{ "document", 445 },
	{ "documentation", 558 },
	{ "doe", 349 },
	{ "dof", 608 },
	{ "doing", 579 },
	{ "domain", 235 },
	{ "dominance", 576 },
	{ "dominant", 401 },
	{ "dominate", 480 },
	{ "dominated", 418 },
	{ "done", 517 },
	{ "door", 608 },
	{ "doped", 537 },
	{ "doping", 545 },
	{ "doppler", 582 },
	{ "dose", 598 },
	{ "dot", 532 },
	{ "double", 398 },
	{ "doublet", 621 },
	{ "doubly", 625 },
	{ "down", 413 },
	{ "downlink", 608 },
	{ "downstream", 389 },
	{ "dozen", 616 },
	{ "dp", 616 },
	{ "dr3", 563 },
	{ "dramatically", 514 },
	{ "drastically", 560 },
	{ "draw", 558 },
	{ "drawing", 499 },
	{ "drawn", 551 },
	{ "drift", 464 },
	{ "drive", 414 },
	{ "driven", 232 },
	{ "driver", 504 },
	{ "driving", 400 },
	{ "drl", 588 },
	{ "drop", 494 },
	{ "droplet", 588 },
	{ "drug", 405 },
	{ "ds", 625 },
	{ "dt", 588 },
	{ "dual", 351 },
	{ "duality", 499 },
	{ "due", 0 },
	{ "duration", 477 },
	{ "during", 260 },
	{ "dust", 451 },
	{ "dusty", 605 },
	{ "dwarf", 461 },
	{ "dynamic", 0 },
	{ "dynamical", 335 },
	{ "dynamically", 354 },
	{ "each", 0 },
	{ "earlier", 466 },
	{ "early", 334 },
	{ "earth", 416 },
	{ "ease", 573 },
	{ "easier", 625 },
	{ "easily", 467 },
	{ "easy", 476 },
	{ "eccentric", 612 },
	{ "eccentricity", 560 },
	{ "ecg", 612 },
	{ "economic", 462 },
	{ "economy", 591 },
	{ "ecosystem", 462 },
	{ "eddington", 616 },
	{ "edge", 328 },
	{ "edit", 541 },
	{ "editing", 507 },
	{ "education", 462 },
	{ "educational", 488 },
	{ "educator", 621 },
	{ "eeg", 576 },
	{ "eff", 565 },
	{ "effect", 0 },
	{ "effective", 225 },
	{ "effectively", 281 },
	{ "effectiveness", 280 },
	{ "efficacy", 452 },
	{ "efficiency", 242 },
	{ "efficient", 0 },
	{ "efficiently", 347 },
	{ "effort", 360 },
	{ "eigenstate", 598 },
	{ "eigenvalue", 512 },
	{ "eight", 478 },
	{ "einstein", 480 },
	{ "either", 345 },
	{ "ejecta", 625 },
	{ "ejection", 608 },
	{ "elastic", 471 },
	{ "elasticity", 605 },
	{ "electric", 447 },
	{ "electrical", 488 },
	{ "electrode", 560 },
	{ "electrodynamic", 621 },
	{ "electromagnetic", 456 },
	{ "electron", 306 },
	{ "electronic", 315 },
	{ "electrostatic", 534 },
	{ "element", 324 },
	{ "elemental", 591 },
	{ "elementary", 556 },
	{ "elevated", 598 },
	{ "eliminate", 459 },
	{ "eliminating", 470 },
	{ "ell", 537 },
	{ "elliptic", 598 },
	{ "elucidate", 511 },
	{ "elusive", 505 },
	{ "em", 532 },
	{ "embed", 515 },
	{ "embedded", 400 },
	{ "embedding", 317 },
	{ "embodied", 563 },
	{ "emerge", 402 },
	{ "emerged", 367 },
	{ "emergence", 427 },
	{ "emergency", 612 },
	{ "emergent", 466 },
	{ "emerging", 380 },
	{ "emission", 344 },
	{ "emitted", 568 },
	{ "emitter", 568 },
	{ "emitting", 573 },
	{ "emotion", 518 },
	{ "emotional", 511 },
	{ "emph", 450 },
	{ "emphasis", 535 },
	{ "emphasize", 462 },
	{ "emphasizing", 518 },
	{ "empirical", 336 },
	{ "empirically", 432 },
	{ "employ", 293 },
	{ "employed", 387 },
	{ "employing", 403 },
	{ "empower", 591 },
	{ "empty", 616 },
	{ "emulate", 588 },
	{ "emulator", 612 },
	{ "enable", 0 },
	{ "enabled", 394 },
	{ "enabling", 234 },
	{ "encode", 421 },
	{ "encoded", 476 },
	{ "encoder", 392 },
	{ "encoding", 399 },
	{ "encompasse", 568 },
	{ "encompassing", 549 },
	{ "encounter", 520 },
	{ "encountered", 579 },
	{ "encourage", 535 },
	{ "encouraging", 621 },
	{ "end", 300 },
	{ "ended", 582 },
	{ "endpoint", 582 },
	{ "energetic", 495 },
	{ "energetically", 621 },
	{ "energy", 0 },
	{ "enforce", 468 },
	{ "enforcement", 579 },
	{ "enforcing", 520 },
	{ "engage", 591 },
	{ "engagement", 480 },
	{ "engaging", 621 },
	{ "engine", 442 },
	{ "engineer", 547 },
	{ "engineered", 534 },
	{ "engineering", 339 },
	{ "english", 526 },
	{ "enhance", 247 },
	{ "enhanced", 300 },
	{ "enhancement", 387 },
	{ "enhancing", 322 },
	{ "enough", 470 },
	{ "enrich", 608 },
	{ "enriched", 534 },
	{ "enrichment", 535 },
	{ "ensemble", 392 },
	{ "ensure", 340 },
	{ "ensuring", 355 },
	{ "entangled", 556 },
	{ "entanglement", 479 },
	{ "enter", 560 },
	{ "enterprise", 570 },
	{ "entire", 419 },
	{ "entirely", 485 },
	{ "entity", 483 },
	{ "entropy", 393 },
	{ "entry", 495 },
	{ "envelope", 505 },
	{ "environment", 255 },
	{ "environmental", 403 },
	{ "enzyme", 612 },
	{ "episode", 621 },
	{ "epistemic", 585 },
	{ "epoch", 478 },
	{ "epsilon", 570 },
	{ "equal", 456 },
	{ "equality", 605 },
	{ "equally", 549 },
	{ "equation", 290 },
	{ "equilibria", 534 },
	{ "equilibrium", 358 },
	{ "equipment", 588 },
	{ "equipped", 497 },
	{ "equitable", 601 },
	{ "equity", 608 },
	{ "equivalence", 467 },
	{ "equivalent", 405 },
	{ "equivalently", 608 },
	{ "equivariant", 508 },
	{ "era", 478 },
	{ "erg", 563 },
	{ "error", 254 },
	{ "escape", 576 },
	{ "especially", 325 },
	{ "essential", 291 },
	{ "essentially", 556 },
	{ "establish", 305 },
	{ "establishe", 395 },
	{ "established", 370 },
	{ "establishing", 418 },
	{ "estimate", 297 },
	{ "estimated", 416 },
	{ "estimating", 433 },
	{ "estimation", 307 },
	{ "estimator", 433 },
	{ "et", 410 },
	{ "etc", 501 },
	{ "ethical", 487 },
	{ "eu", 612 },
	{ "euclidean", 520 },
	{ "euler", 585 },
	{ "european", 563 },
	{ "ev", 462 },
	{ "evaluate", 262 },
	{ "evaluated", 334 },
	{ "evaluating", 347 },
	{ "evaluation", 0 },
	{ "evaluator", 621 },
	{ "evaporation", 605 },
	{ "even", 256 },
	{ "event", 327 },
	{ "eventually", 573 },
	{ "ever", 523 },
	{ "every", 398 },
	{ "evidence", 326 },
	{ "evidenced", 608 },
	{ "evident", 616 },
	{ "evolution", 274 },
	{ "evolutionary", 420 },
	{ "evolve", 430 },
	{ "evolved", 539 },
	{ "evolving", 414 },
	{ "exact", 359 },
	{ "exactly", 463 },
	{ "examination", 573 },
	{ "examine", 345 },
	{ "examined", 488 },
	{ "examining", 520 },
	{ "example", 291 },
	{ "exceed", 453 },
	{ "exceeding", 489 },
	{ "excel", 507 },
	{ "excellent", 438 },
	{ "except", 568 },
	{ "exceptional", 483 },
	{ "exceptionally", 588 },
	{ "excess", 473 },
	{ "excessive", 563 },
	{ "exchange", 400 },
	{ "excitation", 397 },
	{ "excited", 463 },
	{ "exciting", 594 },
	{ "exciton", 585 },
	{ "exclude", 601 },
	{ "excluded", 612 },
	{ "exclusion", 621 },
	{ "exclusively", 545 },
	{ "executable", 549 },
	{ "execute", 508 },
	{ "executed", 563 },
	{ "executing", 573 },
	{ "execution", 368 },
	{ "exemplify", 612 },
	{ "exercise", 576 },
	{ "exhaustive", 568 },
	{ "exhibit", 265 },
	{ "exhibited", 512 },
	{ "exhibiting", 477 },
	{ "exist", 400 },
	{ "existence", 414 },
	{ "existing", 0 },
	{ "exoplanet", 474 },
	{ "exotic", 500 },
	{ "expand", 468 },
	{ "expanded", 545 },
	{ "expanding", 463 },
	{ "expansion", 383 },
	{ "expect", 570 },
	{ "expectation", 442 },
	{ "expected", 352 },
	{ "expense", 621 },
	{ "expensive", 403 },
	{ "experience", 390 },
	{ "experienced", 591 },
	{ "experiment", 0 },
	{ "experimental", 225 },
	{ "experimentally", 393 },
	{ "experimentation", 558 },
	{ "expert", 354 },
	{ "expertise", 470 },
	{ "explain", 392 },
	{ "explainability", 545 },
	{ "explainable", 479 },
	{ "explained", 492 },
	{ "explaining", 532 },
	{ "explanation", 418 },
	{ "explicit", 319 },
	{ "explicitly", 363 },
	{ "exploit", 408 },
	{ "exploitation", 554 },
	{ "exploited", 585 },
	{ "exploiting", 459 },
	{ "exploration", 363 },
	{ "exploratory", 556 },
	{ "explore", 278 },
	{ "explored", 406 },
	{ "explorer", 598 },
	{ "exploring", 410 },
	{ "explosion", 541 },
	{ "exponent", 517 },
	{ "exponential", 435 },
	{ "exponentially", 514 },
	{ "expose", 520 },
	{ "exposed", 570 },
	{ "exposing", 568 },
	{ "exposure", 470 },
	{ "express", 563 },
	{ "expressed", 503 },
	{ "expression", 384 },
	{ "expressive", 501 },
	{ "expressiveness", 568 },
	{ "expressivity", 621 },
	{ "extend", 312 },
	{ "extended", 344 },
	{ "extending", 416 },
	{ "extensible", 565 },
	{ "extension", 369 },
	{ "extensive", 268 },
	{ "extensively", 494 },
	{ "extent", 500 },
	{ "external", 367 },
	{ "extinction", 573 },
	{ "extra", 518 },
	{ "extract", 371 },
	{ "extracted", 424 },
	{ "extracting", 452 },
	{ "extraction", 384 },
	{ "extractor", 608 },
	{ "extragalactic", 608 },
	{ "extrapolation", 547 },
	{ "extreme", 399 },
	{ "extremely", 454 },
	{ "eye", 579 },
	{ "f1", 445 },
	{ "fabricated", 598 },
	{ "fabrication", 568 },
	{ "face", 346 },
	{ "faced", 621 },
	{ "facial", 601 },
	{ "facilitate", 369 },
	{ "facilitating", 471 },
	{ "facility", 481 },
	{ "facing", 585 },
	{ "fact", 438 },
	{ "factor", 293 },
	{ "factorization", 537 },
	{ "factual", 556 },
	{ "fail", 336 },
	{ "failed", 601 },
	{ "failing", 570 },
	{ "failure", 405 },
	{ "faint", 545 },
	{ "fair", 492 },
	{ "fairness", 485 },
	{ "faithful", 554 },
	{ "faithfully", 576 },
	{ "fall", 456 },
	{ "false", 479 },
	{ "family", 354 },
	{ "far", 385 },
	{ "fashion", 582 },
	{ "fast", 339 },
	{ "faster", 383 },
	{ "fault", 518 },
	{ "favor", 528 },
	{ "favorable", 514 },
	{ "fe", 480 },
	{ "feasibility", 444 },
	{ "feasible", 468 },
	{ "feature", 0 },
	{ "featuring", 500 },
	{ "fed", 582 },
	{ "federated", 492 },
	{ "feed", 573 },
	{ "feedback", 354 },
	{ "feedforward", 605 },
	{ "femtosecond", 605 },
	{ "fermi", 408 },
	{ "fermion", 497 },
	{ "fermionic", 554 },
	{ "ferroelectric", 621 },
	{ "ferromagnetic", 551 },
	{ "few", 346 },
	{ "fewer", 458 },
	{ "fiber", 554 },
	{ "fidelity", 335 },
	{ "field", 0 },
	{ "figure", 563 },
	{ "filament", 588 },
	{ "file", 523 },
	{ "fill", 535 },
	{ "filling", 537 },
	{ "film", 491 },
	{ "filter", 401 },
	{ "filtered", 594 },
	{ "filtering", 429 },
	{ "filtration", 612 },
	{ "final", 395 },
	{ "finally", 288 },
	{ "finance", 541 },
	{ "financial", 454 },
	{ "find", 232 },
	{ "finding", 0 },
	{ "fine", 284 },
	{ "finetuning", 612 },
	{ "fingerprint", 551 },
	{ "finite", 286 },
	{ "finitely", 585 },
	{ "fire", 612 },
	{ "first", 0 },
	{ "firstly", 573 },
	{ "fisher", 554 },
	{ "fit", 399 },
	{ "fitness", 601 },
	{ "fitted", 560 },
	{ "fitting", 439 },
	{ "five", 352 },
	{ "fix", 588 },
	{ "fixed", 332 },
	{ "fixing", 601 },
	{ "fl", 576 },
	{ "flag", 568 },
	{ "flare", 560 },
	{ "flash", 598 },
	{ "flat", 444 },
	{ "flavor", 601 },
	{ "flexibility", 418 },
	{ "flexible", 378 },
	{ "flexibly", 565 },
	{ "flight", 535 },
	{ "flip", 594 },
	{ "floating", 570 },
	{ "floor", 608 },
	{ "flow", 321 },
	{ "fluctuation", 395 },
	{ "fluid", 406 },
	{ "fluorescence", 605 },
	{ "flux", 395 },
	{ "fluxe", 517 },
	{ "fly", 541 },
	{ "fm", 601 },
	{ "focal", 594 },
	{ "fock", 568 },
	{ "focus", 304 },
	{ "focuse", 434 },
	{ "focused", 398 },
	{ "focusing", 392 },
	{ "fold", 473 },
	{ "folding", 503 },
	{ "follow", 374 },
	{ "followed", 437 },
	{ "following", 377 },
	{ "food", 616 },
	{ "footprint", 507 },
	{ "for", 0 },
	{ "force", 346 },
	{ "forcing", 601 },
	{ "forecast", 474 },
	{ "forecasting", 445 },
	{ "foreground", 598 },
	{ "forest", 495 },
	{ "forgetting", 598 },
	{ "form", 268 },
	{ "formal", 445 },
	{ "formalism", 421 },
	{ "formalize", 490 },
	{ "formally", 556 },
	{ "format", 460 },
	{ "formation", 307 },
	{ "formed", 451 },
	{ "former", 526 },
	{ "forming", 420 },
	{ "formula", 426 },
	{ "formulate", 422 },
	{ "formulated", 492 },
	{ "formulating", 608 },
	{ "formulation", 366 },
	{ "forward", 381 },
	{ "foster", 525 },
	{ "fostering", 563 },
	{ "found", 309 },
	{ "foundation", 307 },
	{ "foundational", 455 },
	{ "four", 292 },
	{ "fourier", 454 },
	{ "fourth", 585 },
	{ "fpga", 560 },
	{ "frac", 500 },
	{ "fraction", 376 },
	{ "fractional", 535 },
	{ "fragile", 608 },
	{ "fragment", 501 },
	{ "fragmentation", 560 },
	{ "fragmented", 528 },
	{ "frame", 395 },
	{ "framework", 0 },
	{ "framing", 594 },
	{ "free", 276 },
	{ "freedom", 420 },
	{ "freely", 570 },
	{ "freeze", 591 },
	{ "freezing", 605 },
	{ "frequency", 294 },
	{ "frequent", 543 },
	{ "frequently", 460 },
	{ "friction", 528 },
	{ "friendly", 504 },
	{ "frobenius", 616 },
	{ "from", 0 },
	{ "front", 554 },
	{ "frontier", 458 },
	{ "frozen", 576 },
	{ "frustrated", 598 },
	{ "frustration", 582 },
	{ "fuel", 608 },
	{ "full", 280 },
	{ "fully", 308 },
	{ "function", 0 },
	{ "functional", 252 },
	{ "functionality", 465 },
	{ "functionally", 582 },
	{ "functor", 560 },
	{ "fundamental", 285 },
	{ "fundamentally", 455 },
	{ "further", 0 },
	{ "furthermore", 268 },
	{ "fuse", 522 },
	{ "fused", 528 },
	{ "fusing", 601 },
	{ "fusion", 388 },
	{ "future", 256 },
	{ "ga", 601 },
	{ "gaia", 479 },
	{ "gain", 339 },
	{ "gained", 511 },
	{ "gaining", 565 },
	{ "galactic", 383 },
	{ "galaxy", 346 },
	{ "game", 404 },
	{ "gamma", 435 },
	{ "gan", 494 },
	{ "gap", 255 },
	{ "gas", 355 },
	{ "gase", 588 },
	{ "gate", 484 },
	{ "gated", 565 },
	{ "gating", 598 },
	{ "gauge", 459 },
	{ "gauss", 605 },
	{ "gaussian", 336 },
	{ "ge", 530 },
	{ "gemini", 525 },
	{ "genai", 585 },
	{ "gender", 560 },
	{ "gene", 489 },
	{ "general", 258 },
	{ "generalisation", 608 },
	{ "generality", 568 },
	{ "generalizability", 492 },
	{ "generalizable", 464 },
	{ "generalization", 332 },
	{ "generalize", 379 },
	{ "generalized", 376 },
	{ "generalizing", 525 },
	{ "generally", 424 },
	{ "generate", 259 },
	{ "generated", 277 },
	{ "generating", 329 },
	{ "generation", 0 },
	{ "generative", 291 },
	{ "generator", 427 },
	{ "generic", 437 },
	{ "genetic", 507 },
	{ "genome", 594 },
	{ "genomic", 556 },
	{ "genuine", 541 },
	{ "geographic", 621 },
	{ "geometric", 342 },
	{ "geometrical", 576 },
	{ "geometrically", 573 },
	{ "geometry", 311 },
	{ "geq", 523 },
	{ "get", 537 },
	{ "gev", 482 },
	{ "ghost", 616 },
	{ "ghz", 512 },
	{ "giant", 478 },
	{ "gibb", 598 },
	{ "git", 612 },
	{ "github", 313 },
	{ "give", 335 },
	{ "given", 296 },
	{ "giving", 522 },
	{ "gl", 539 },
	{ "glass", 558 },
	{ "glasse", 621 },
	{ "global", 290 },
	{ "globally", 500 },
	{ "globular", 565 },
	{ "gnn", 496 },
	{ "go", 535 },
	{ "goal", 346 },
	{ "goe", 601 },
	{ "going", 585 },
	{ "gold", 532 },
	{ "good", 382 },
	{ "google", 541 },
	{ "govern", 494 },
	{ "governance", 501 },
	{ "governed", 445 },
	{ "governing", 480 },
	{ "government", 591 },
	{ "gp", 585 },
	{ "gpa", 547 },
	{ "gpt", 414 },
	{ "gpu", 393 },
	{ "gpus", 468 },
	{ "gr", 588 },
	{ "grade", 543 },
	{ "graded", 545 },
	{ "gradient", 317 },
	{ "gradual", 591 },
	{ "gradually", 556 },
	{ "grain", 518 },
	{ "grained", 377 },
	{ "grand", 601 },
	{ "granular", 616 },
	{ "granularity", 556 },
	{ "graph", 296 },
	{ "graphene", 491 },
	{ "graphic", 558 },
	{ "graphical", 591 },
	{ "grassmannian", 616 },
	{ "gravitational", 345 },
	{ "gravity", 403 },
	{ "great", 456 },
	{ "greater", 422 },
	{ "greatly", 497 },
	{ "greedy", 563 },
	{ "green", 483 },
	{ "grid", 431 },
	{ "ground", 316 },
	{ "grounded", 402 },
	{ "grounding", 504 },
	{ "groundwork", 598 },
	{ "group", 277 },
	{ "grouping", 616 },
	{ "grow", 459 },
	{ "growing", 388 },
	{ "grown", 560 },
	{ "growth", 378 },
	{ "grpo", 612 },
	{ "gtrsim", 554 },
	{ "guarantee", 368 },
	{ "guaranteed", 541 },
	{ "guidance", 391 },
	{ "guide", 372 },
	{ "guided", 352 },
	{ "guideline", 505 },
	{ "guiding", 491 },
	{ "gw", 490 },
	{ "gws", 608 },
	{ "gyr", 601 },
	{ "habitable", 605 },
	{ "had", 534 },
	{ "hadronic", 601 },
	{ "half", 450 },
	{ "hall", 512 },
	{ "hallucination", 518 },
	{ "halo", 461 },
	{ "hamiltonian", 401 },
	{ "hand", 426 },
	{ "handle", 402 },
	{ "handling", 435 },
	{ "happen", 598 },
	{ "hard", 404 },
	{ "harder", 598 },
	{ "hardness", 608 },
	{ "hardware", 354 },
	{ "harm", 573 },
	{ "harmful", 539 },
	{ "harmonic", 466 },
	{ "harness", 616 },
	{ "harnessing", 588 },
	{ "hartree", 573 },
	{ "has", 0 },
	{ "have", 0 },
	{ "having", 473 },
	{ "hawking", 608 },
	{ "hazard", 621 },
	{ "hd", 616 },
	{ "he", 514 },
	{ "head", 456 },
	{ "health", 435 },
	{ "healthcare", 458 },
	{ "healthy", 588 },
	{ "heart", 545 },
	{ "heat", 444 },
	{ "heating", 522 },
	{ "heavily", 456 },
	{ "heavy", 409 },
	{ "hecke", 568 },
	{ "height", 547 },
	{ "heisenberg", 556 },
	{ "held", 537 },
	{ "helium", 541 },
	{ "help", 370 },
	{ "helpful", 621 },
	{ "hence", 468 },
	{ "here", 240 },
	{ "herein", 594 },
	{ "hermitian", 579 },
	{ "heterogeneity", 455 },
	{ "heterogeneous", 353 },
	{ "heterostructure", 515 },
	{ "heuristic", 439 },
	{ "hexagonal", 576 },
	{ "hidden", 446 },
	{ "hierarchical", 372 },
	{ "hierarchy", 471 },
	{ "higg", 537 },
	{ "high", 0 },
	{ "higher", 264 },
	{ "highest", 420 },
	{ "highlight", 270 },
	{ "highlighted", 558 },
	{ "highlighting", 350 },
	{ "highly", 299 },
	{ "hilbert", 511 },
	{ "hinder", 476 },
	{ "hindered", 517 },
	{ "hindering", 560 },
	{ "hinge", 594 },
	{ "hint", 608 },
	{ "historical", 461 },
	{ "historically", 621 },
	{ "history", 401 },
	{ "hit", 558 },
	{ "hoc", 514 },
	{ "hold", 399 },
	{ "hole", 349 },
	{ "holistic", 547 },
	{ "holographic", 543 },
	{ "holography", 621 },
	{ "home", 591 },
	{ "homogeneous", 450 },
	{ "homology", 549 },
	{ "homotopy", 621 },
	{ "hop", 579 },
	{ "hope", 570 },
	{ "hopf", 621 },
	{ "hopping", 570 },
	{ "horizon", 412 },
	{ "host", 412 },
	{ "hosting", 579 },
	{ "hot", 475 },
	{ "hour", 433 },
	{ "house", 621 },
	{ "how", 0 },
	{ "however", 0 },
	{ "hpc", 549 },
	{ "hr", 616 },
	{ "hst", 585 },
	{ "http", 303 },
	{ "hubbard", 534 },
	{ "hubble", 496 },
	{ "huggingface", 621 },
	{ "human", 262 },
	{ "hundred", 467 },
	{ "hybrid", 326 },
	{ "hybridization", 598 },
	{ "hydrocarbon", 621 },
	{ "hydrodynamic", 485 },
	{ "hydrodynamical", 591 },
	{ "hydrogen", 422 },
	{ "hydrophobic", 605 },
	{ "hyper", 598 },
	{ "hyperbolic", 585 },
	{ "hyperparameter", 509 },
	{ "hypothese", 537 },
	{ "hypothesis", 456 },
	{ "hypothesize", 594 },
	{ "hypothetical", 616 },
	{ "hz", 541 },
	{ "ia", 565 },
	{ "ic", 616 },
	{ "ice", 528 },
	{ "id", 601 },
	{ "idea", 430 },
	{ "ideal", 421 },
	{ "identical", 466 },
	{ "identification", 381 },
	{ "identified", 352 },
	{ "identifier", 605 },
	{ "identify", 247 },
	{ "identifying", 357 },
	{ "identity", 445 },
	{ "ieee", 616 },
	{ "if", 317 },
	{ "ignore", 579 },
	{ "ignoring", 605 },
	{ "ii", 322 },
	{ "iii", 394 },
	{ "ill", 547 },
	{ "illumination", 576 },
	{ "illustrate", 406 },
	{ "illustrated", 585 },
	{ "illustrating", 608 },
	{ "illustrative", 616 },
	{ "image", 263 },
	{ "imagenet", 601 },
	{ "imagery", 598 },
	{ "imaginary", 591 },
	{ "imaging", 347 },
	{ "imbalance", 500 },
	{ "imbalanced", 585 },
	{ "imitation", 594 },
	{ "immediate", 543 },
	{ "immersive", 560 },
	{ "impact", 278 },
	{ "impairment", 616 },
	{ "imperfect", 585 },
	{ "implement", 380 },
	{ "implementation", 314 },
	{ "implemented", 384 },
	{ "implementing", 476 },
	{ "implication", 368 },
	{ "implicit", 447 },
	{ "implicitly", 549 },
	{ "imply", 466 },
	{ "implying", 612 },
	{ "importance", 351 },
	{ "important", 312 },
	{ "importantly", 500 },
	{ "impose", 509 },
	{ "imposed", 549 },
	{ "imposing", 576 },
	{ "impossible", 579 },
	{ "impractical", 551 },
	{ "impressive", 528 },
	{ "imprint", 591 },
	{ "improve", 227 },
	{ "improved", 309 },
	{ "improvement", 275 },
	{ "improving", 308 },
	{ "impulse", 608 },
	{ "impurity", 579 },
	{ "in", 0 },
	{ "inability", 612 },
	{ "inaccessible", 554 },
	{ "inaccuracy", 598 },
	{ "inaccurate", 591 },
	{ "inadequate", 588 },
	{ "incentive", 528 },
	{ "incident", 545 },
	{ "inclination", 568 },
	{ "include", 310 },
	{ "included", 481 },
	{ "including", 0 },
	{ "inclusion", 463 },
	{ "inclusive", 621 },
	{ "incomplete", 484 },
	{ "inconsistency", 503 },
	{ "inconsistent", 499 },
	{ "incorporate", 318 },
	{ "incorporated", 505 },
	{ "incorporating", 343 },
	{ "incorporation", 573 },
	{ "incorrect", 522 },
	{ "increase", 291 },
	{ "increased", 401 },
	{ "increasing", 332 },
	{ "increasingly", 334 },
	{ "incremental", 554 },
	{ "incur", 499 },
	{ "incurring", 605 },
	{ "indeed", 541 },
	{ "independence", 563 },
	{ "independent", 318 },
	{ "independently", 456 },
	{ "index", 399 },
	{ "indexing", 605 },
	{ "indicate", 318 },
	{ "indicated", 588 },
	{ "indicating", 410 },
	{ "indication", 608 },
	{ "indicator", 460 },
	{ "indice", 534 },
	{ "indirect", 551 },
	{ "indispensable", 576 },
	{ "individual", 321 },
	{ "individually", 570 },
	{ "indoor", 601 },
	{ "induce", 420 },
	{ "induced", 311 },
	{ "inducing", 568 },
	{ "inductive", 582 },
	{ "industrial", 442 },
	{ "industry", 438 },
	{ "ineffective", 585 },
	{ "inefficiency", 558 },
	{ "inefficient", 508 },
	{ "inelastic", 537 },
	{ "inequality", 503 },
	{ "inertial", 576 },
	{ "inexpensive", 621 },
	{ "infeasible", 591 },
	{ "infer", 425 },
	{ "inference", 274 },
	{ "inferred", 461 },
	{ "inferring", 545 },
	{ "infinite", 429 },
	{ "infinity", 605 },
	{ "inflation", 480 },
	{ "inflationary", 541 },
	{ "inflaton", 591 },
	{ "influence", 336 },
	{ "influenced", 500 },
	{ "influencing", 565 },
	{ "inform", 515 },
	{ "information", 0 },
	{ "informative", 477 },
	{ "informed", 381 },
	{ "infrared", 397 },
	{ "infrastructure", 412 },
	{ "infty", 505 },
	{ "ingredient", 549 },
	{ "inherent", 372 },
	{ "inherently", 438 },
	{ "inherit", 616 },
	{ "inhomogeneity", 591 },
	{ "inhomogeneous", 551 },
	{ "initial", 332 },
	{ "initialization", 526 },
	{ "initially", 517 },
	{ "initiate", 591 },
	{ "initiative", 605 },
	{ "initio", 315 },
	{ "inject", 556 },
	{ "injected", 568 },
	{ "injection", 455 },
	{ "inner", 440 },
	{ "innovation", 412 },
	{ "innovative", 473 },
	{ "input", 272 },
	{ "insertion", 579 },
	{ "inside", 473 },
	{ "insight", 249 },
	{ "inspection", 543 },
	{ "inspiral", 612 },
	{ "inspired", 366 },
	{ "instability", 420 },
	{ "instance", 400 },
	{ "instantaneous", 582 },
	{ "instantiate", 616 },
	{ "instead", 373 },
	{ "institution", 563 },
	{ "institutional", 560 },
	{ "instruction", 437 },
	{ "instrument", 421 },
	{ "instrumental", 535 },
	{ "instrumentation", 608 },
	{ "insufficient", 462 },
	{ "insulating", 573 },
	{ "insulator", 496 },
	{ "integer", 462 },
	{ "integrable", 598 },
	{ "integral", 406 },
	{ "integrate", 283 },
	{ "integrated", 336 },
	{ "integrating", 330 },
	{ "integration", 313 },
	{ "integrity", 494 },
	{ "intelligence", 331 },
	{ "intelligent", 417 },
	{ "intended", 539 },
	{ "intense", 565 },
	{ "intensity", 439 },
	{ "intensive", 404 },
	{ "intent", 490 },
	{ "intention", 616 },
	{ "inter", 393 },
	{ "interact", 455 },
	{ "interacting", 404 },
	{ "interaction", 0 },
	{ "interactive", 425 },
	{ "interatomic", 503 },
	{ "interconnected", 594 },
	{ "interdisciplinary", 598 },
	{ "interest", 362 },
	{ "interested", 616 },
	{ "interesting", 484 },
	{ "interestingly", 558 },
	{ "interface", 346 },
	{ "interfacial", 505 },
	{ "interference", 454 },
	{ "interferometer", 514 },
	{ "interferometric", 579 },
	{ "interferometry", 558 },
	{ "interior", 525 },
	{ "interlayer", 568 },
	{ "intermediate", 376 },
	{ "internal", 384 },
	{ "international", 537 },
	{ "internet", 515 },
	{ "interoperability", 601 },
	{ "interplay", 422 },
	{ "interpolation", 507 },
	{ "interpret", 451 },
	{ "interpretability", 383 },
	{ "interpretable", 372 },
	{ "interpretation", 386 },
	{ "interpreted", 514 },
	{ "interpreting", 499 },
	{ "intersection", 488 },
	{ "interstellar", 474 },
	{ "interval", 450 },
	{ "intervention", 426 },
	{ "interview", 563 },
	{ "into", 0 },
	{ "intra", 509 },
	{ "intractable", 528 },
	{ "intricate", 482 },
	{ "intriguing", 530 },
	{ "intrinsic", 369 },
	{ "intrinsically", 523 },
	{ "introduce", 0 },
	{ "introduced", 348 },
	{ "introducing", 387 },
	{ "introduction", 514 },
	{ "intuition", 598 },
	{ "intuitive", 487 },
	{ "invariance", 501 },
	{ "invariant", 387 },
	{ "invasive", 573 },
	{ "inverse", 388 },
	{ "inversion", 483 },
	{ "investigate", 242 },
	{ "investigated", 407 },
	{ "investigating", 466 },
	{ "investigation", 386 },
	{ "investment", 543 },
	{ "invisible", 601 },
	{ "involve", 399 },
	{ "involved", 494 },
	{ "involving", 391 },
	{ "io", 482 },
	{ "ion", 406 },
	{ "ionic", 547 },
	{ "ionization", 497 },
	{ "ionized", 549 },
	{ "iot", 549 },
	{ "ir", 490 },
	{ "iron", 573 },
	{ "irradiation", 612 },
	{ "irreducible", 488 },
	{ "irregular", 549 },
	{ "irrelevant", 560 },
	{ "is", 0 },
	{ "ising", 543 },
	{ "ism", 585 },
	{ "isolate", 526 },
	{ "isolated", 462 },
	{ "isolation", 556 },
	{ "isomorphic", 573 },
	{ "isomorphism", 598 },
	{ "isotope", 541 },
	{ "isotropic", 517 },
	{ "issue", 306 },
	{ "it", 0 },
	{ "item", 465 },
	{ "iterate", 616 },
	{ "iteration", 440 },
	{ "iterative", 402 },
	{ "iteratively", 468 },
	{ "its", 0 },
	{ "itself", 453 },
	{ "iv", 512 },
	{ "jacobi", 616 },
	{ "jailbreak", 621 },
	{ "jame", 585 },
	{ "jet", 517 },
	{ "job", 594 },
	{ "join", 588 },
	{ "joint", 376 },
	{ "jointly", 390 },
	{ "jone", 608 },
	{ "judge", 530 },
	{ "judgment", 514 },
	{ "jump", 568 },
	{ "junction", 565 },
	{ "jupiter", 601 },
	{ "just", 457 },
	{ "justification", 605 },
	{ "justify", 621 },
	{ "jwst", 477 },
	{ "kagome", 585 },
	{ "kalman", 573 },
	{ "keep", 591 },
	{ "keeping", 565 },
	{ "kernel", 401 },
	{ "kerr", 608 },
	{ "kev", 547 },
	{ "key", 0 },
	{ "keyword", 565 },
	{ "kg", 594 },
	{ "kind", 500 },
	{ "kinematic", 461 },
	{ "kinetic", 400 },
	{ "kl", 598 },
	{ "km", 468 },
	{ "know", 582 },
	{ "knowledge", 278 },
	{ "known", 283 },
	{ "kohn", 556 },
	{ "kolmogorov", 594 },
	{ "kpc", 539 },
	{ "ks", 608 },
	{ "kv", 598 },
	{ "l2", 608 },
	{ "la", 556 },
	{ "lab", 505 },
	{ "label", 388 },
	{ "labeled", 449 },
	{ "labeling", 535 },
	{ "labor", 526 },
	{ "laboratory", 462 },
	{ "lack", 308 },
	{ "lacking", 495 },
	{ "ladder", 608 },
	{ "lag", 598 },
	{ "lagrangian", 511 },
	{ "lambda", 500 },
	{ "landau", 582 },
	{ "landmark", 621 },
	{ "landscape", 409 },
	{ "langevin", 549 },
	{ "langland", 605 },
	{ "language", 0 },
	{ "large", 0 },
	{ "largely", 378 },
	{ "larger", 342 },
	{ "largest", 459 },
	{ "laser", 452 },
	{ "last", 472 },
	{ "lastly", 585 },
	{ "lat", 605 },
	{ "late", 453 },
	{ "latency", 370 },
	{ "latent", 359 },
	{ "later", 530 },
	{ "lateral", 588 },
	{ "latest", 518 },
	{ "latter", 436 },
	{ "lattice", 349 },
	{ "launch", 579 },
	{ "law", 367 },
	{ "lay", 532 },
	{ "layer", 296 },
	{ "layered", 501 },
	{ "layout", 526 },
	{ "le", 573 },
	{ "lead", 288 },
	{ "leader", 612 },
	{ "leading", 297 },
	{ "leakage", 522 },
	{ "learn", 321 },
	{ "learnable", 528 },
	{ "learned", 352 },
	{ "learner", 503 },
	{ "learning", 0 },
	{ "least", 394 },
	{ "leave", 517 },
	{ "leaving", 511 },
	{ "led", 477 },
	{ "left", 456 },
	{ "legacy", 565 },
	{ "legal", 549 },
	{ "len", 488 },
	{ "length", 338 },
	{ "lensing", 508 },
	{ "lepton", 608 },
	{ "leq", 517 },
	{ "less", 346 },
	{ "lesson", 598 },
	{ "lesssim", 518 },
	{ "let", 471 },
	{ "letter", 541 },
	{ "level", 0 },
	{ "leverage", 277 },
	{ "leveraged", 547 },
	{ "leveraging", 297 },
	{ "li", 537 },
	{ "library", 428 },
	{ "lidar", 621 },
	{ "lie", 387 },
	{ "life", 437 },
	{ "lifecycle", 605 },
	{ "lifetime", 504 },
	{ "lift", 556 },
	{ "lifting", 612 },
	{ "ligand", 494 },
	{ "light", 305 },
	{ "lighting", 616 },
	{ "lightweight", 370 },
	{ "ligo", 591 },
	{ "like", 237 },
	{ "likelihood", 430 },
	{ "likely", 411 },
	{ "limit", 281 },
	{ "limitation", 260 },
	{ "limited", 248 },
	{ "limiting", 384 },
	{ "line", 334 },
	{ "linear", 264 },
	{ "linearity", 621 },
	{ "linearly", 497 },
	{ "linguistic", 488 },
	{ "link", 404 },
	{ "linked", 479 },
	{ "linking", 497 },
	{ "lipschitz", 616 },
	{ "liquid", 410 },
	{ "lisa", 563 },
	{ "list", 504 },
	{ "literature", 347 },
	{ "lithium", 579 },
	{ "little", 472 },
	{ "live", 512 },
	{ "lived", 556 },
	{ "living", 601 },
	{ "ll", 621 },
	{ "llama", 490 },
	{ "llm", 0 },
	{ "lms", 601 },
	{ "load", 448 },
	{ "loading", 530 },
	{ "local", 254 },
	{ "locality", 565 },
	{ "localization", 417 },
	{ "localize", 585 },
	{ "localized", 435 },
	{ "locally", 452 },
	{ "located", 488 },
	{ "location", 413 },
	{ "locus", 621 },
	{ "log", 392 },
	{ "logarithmic", 530 },
	{ "logic", 469 },
	{ "logical", 508 },
	{ "logistic", 543 },
	{ "logit", 612 },
	{ "long", 256 },
	{ "longer", 436 },
	{ "longitudinal", 528 },
	{ "look", 520 },
	{ "looking", 563 },
	{ "loop", 360 },
	{ "lora", 560 },
	{ "lorentz", 605 },
	{ "lose", 582 },
	{ "loss", 311 },
	{ "losse", 512 },
	{ "lost", 588 },
	{ "low", 0 },
	{ "lower", 291 },
	{ "lowering", 563 },
	{ "lowest", 495 },
	{ "lstm", 543 },
	{ "luminosity", 446 },
	{ "luminous", 568 },
	{ "lunar", 601 },
	{ "lusztig", 585 },
	{ "lyapunov", 605 },
	{ "lying", 545 },
	{ "machine", 240 },
	{ "macro", 547 },
	{ "macroscopic", 504 },
	{ "made", 385 },
	{ "mae", 565 },
	{ "mag", 588 },
	{ "magic", 588 },
	{ "magnet", 568 },
	{ "magnetic", 324 },
	{ "magnetically", 588 },
	{ "magnetism", 565 },
	{ "magnetization", 543 },
	{ "magnetohydrodynamic", 608 },
	{ "magnitude", 331 },
	{ "main", 320 },
	{ "mainly", 467 },
	{ "mainstream", 582 },
	{ "maintain", 379 },
	{ "maintained", 582 },
	{ "maintaining", 330 },
	{ "maintenance", 568 },
	{ "major", 372 },
	{ "majority", 476 },
	{ "make", 308 },
	{ "making", 273 },
	{ "malicious", 547 },
	{ "mamba", 594 },
	{ "manage", 514 },
	{ "management", 377 },
	{ "managing", 526 },
	{ "manifest", 554 },
	{ "manifold", 445 },
	{ "manipulate", 568 },
	{ "manipulation", 439 },
	{ "manner", 423 },
	{ "manual", 421 },
	{ "manually", 494 },
	{ "manufacturing", 534 },
	{ "manuscript", 588 },
	{ "many", 253 },
	{ "map", 306 },
	{ "mapped", 547 },
	{ "mapping", 353 },
	{ "mar", 601 },
	{ "margin", 556 },
	{ "marginal", 509 },
	{ "mark", 585 },
	{ "marked", 573 },
	{ "markedly", 591 },
	{ "market", 433 },
	{ "marking", 605 },
	{ "markov", 451 },
	{ "markovian", 601 },
	{ "marl", 608 },
	{ "mas", 573 },
	{ "mask", 488 },
	{ "masked", 539 },
	{ "masking", 530 },
	{ "mass", 271 },
	{ "masse", 394 },
	{ "massive", 366 },
	{ "massless", 598 },
	{ "master", 605 },
	{ "match", 417 },
	{ "matche", 454 },
	{ "matched", 490 },
	{ "matching", 364 },
	{ "material", 248 },
	{ "math", 554 },
	{ "mathbb", 410 },
	{ "mathbf", 549 },
	{ "mathcal", 413 },
	{ "mathematic", 568 },
	{ "mathematical", 423 },
	{ "mathematically", 585 },
	{ "mathfrak", 520 },
	{ "mathrm", 373 },
	{ "matrice", 421 },
	{ "matrix", 336 },
	{ "matter", 307 },
	{ "max", 517 },
	{ "maximal", 504 },
	{ "maximization", 535 },
	{ "maximize", 451 },
	{ "maximizing", 500 },
	{ "maximum", 371 },
	{ "maxwell", 608 },
	{ "may", 256 },
	{ "mcmc", 591 },
	{ "md", 437 },
	{ "mean", 285 },
	{ "meaning", 522 },
	{ "meaningful", 420 },
	{ "meanwhile", 526 },
	{ "measurable", 543 },
	{ "measure", 321 },
	{ "measured", 371 },
	{ "measurement", 273 },
	{ "measuring", 445 },
	{ "mechanic", 456 },
	{ "mechanical", 407 },
	{ "mechanism", 227 },
	{ "mechanistic", 499 },
	{ "media", 462 },
	{ "median", 496 },
	{ "mediated", 490 },
	{ "medical", 422 },
	{ "medicine", 517 },
	{ "medium", 390 },
	{ "meet", 462 },
	{ "meeting", 591 },
	{ "melting", 582 },
	{ "member", 482 },
	{ "membership", 563 },
	{ "membrane", 551 },
	{ "memory", 315 },
	{ "mental", 558 },
	{ "merely", 541 },
	{ "merge", 563 },
	{ "merger", 482 },
	{ "merging", 522 },
	{ "merit", 616 },
	{ "mesh", 484 },
	{ "meshe", 560 },
	{ "meson", 621 },
	{ "message", 474 },
	{ "messenger", 601 },
	{ "meta", 475 },
	{ "metadata", 517 },
	{ "metal", 376 },
	{ "metallic", 494 },
	{ "metallicity", 467 },
	{ "metastable", 579 },
	{ "meter", 598 },
	{ "method", 0 },
	{ "methodological", 534 },
	{ "methodology", 338 },
	{ "metric", 276 },
	{ "mev", 467 },
	{ "mg", 551 },
	{ "mhz", 532 },
	{ "micro", 505 },
	{ "micron", 568 },
	{ "microscopic", 422 },
	{ "microscopy", 475 },
	{ "microstructure", 582 },
	{ "microwave", 499 },
	{ "mid", 472 },
	{ "middle", 616 },
	{ "might", 456 },
	{ "migration", 554 },
	{ "mild", 526 },
	{ "milky", 503 },
	{ "millimeter", 547 },
	{ "million", 416 },
	{ "millisecond", 573 },
	{ "mimic", 509 },
	{ "mimicking", 608 },
	{ "mimo", 582 },
	{ "min", 551 },
	{ "mind", 594 },
	{ "mini", 515 },
	{ "minima", 573 },
	{ "minimal", 345 },
	{ "minimally", 565 },
	{ "minimax", 605 },
	{ "minimization", 525 },
	{ "minimize", 424 },
	{ "minimizing", 450 },
	{ "minimum", 411 },
	{ "mining", 563 },
	{ "minor", 517 },
	{ "minority", 621 },
	{ "minute", 478 },
	{ "mirror", 496 },
	{ "misaligned", 601 },
	{ "misalignment", 541 },
	{ "misinformation", 605 },
	{ "misleading", 605 },
	{ "mismatch", 530 },
	{ "mismatche", 608 },
	{ "miss", 621 },
	{ "missed", 591 },
	{ "missing", 454 },
	{ "mission", 422 },
	{ "mitigate", 374 },
	{ "mitigating", 447 },
	{ "mitigation", 460 },
	{ "mix", 598 },
	{ "mixed", 405 },
	{ "mixing", 469 },
	{ "mixture", 415 },
	{ "ml", 394 },
	{ "mlip", 605 },
	{ "mllm", 560 },
	{ "mlp", 545 },
	{ "mm", 509 },
	{ "mnist", 591 },
	{ "mobile", 471 },
	{ "mobility", 489 },
	{ "mock", 579 },
	{ "modal", 403 },
	{ "modality", 386 },
	{ "mode", 314 },
	{ "model", 0 },
	{ "modeled", 452 },
	{ "modeling", 242 },
	{ "modelled", 588 },
	{ "modelling", 425 },
	{ "moderate", 473 },
	{ "moderately", 601 },
	{ "modern", 339 },
	{ "modest", 530 },
	{ "modification", 417 },
	{ "modified", 422 },
	{ "modify", 487 },
	{ "modifying", 534 },
	{ "modular", 411 },
	{ "modulate", 543 },
	{ "modulated", 558 },
	{ "modulation", 449 },
	{ "module", 320 },
	{ "moduli", 543 },
	{ "modulus", 582 },
	{ "moe", 591 },
	{ "moir\303\251", 598 },
	{ "mol", 598 },
	{ "molecular", 235 },
	{ "molecule", 334 },
	{ "moment", 425 },
	{ "momenta", 612 },
	{ "momentum", 390 },
	{ "monitor", 523 },
	{ "monitoring", 396 },
	{ "monolayer", 500 },
	{ "monomer", 605 },
	{ "monopole", 608 },
	{ "monotone", 605 },
	{ "monotonic", 545 },
	{ "monte", 371 },
	{ "month", 525 },
	{ "moon", 591 },
	{ "more", 0 },
	{ "moreover", 314 },
	{ "morphism", 621 },
	{ "morphological", 528 },
	{ "morphology", 449 },
	{ "mos", 612 },
	{ "most", 225 },
	{ "mostly", 518 },
	{ "motif", 549 },
	{ "motion", 337 },
	{ "motivate", 501 },
	{ "motivated", 396 },
	{ "motivating", 568 },
	{ "motivation", 523 },
	{ "motor", 556 },
	{ "mott", 605 },
	{ "move", 485 },
	{ "movement", 451 },
	{ "moving", 440 },
	{ "mpc", 501 },
	{ "mr", 588 },
	{ "mri", 495 },
	{ "ms", 511 },
	{ "mse", 601 },
	{ "mu", 526 },
	{ "much", 383 },
	{ "multi", 0 },
	{ "multidimensional", 576 },
	{ "multilayer", 549 },
	{ "multilingual", 535 },
	{ "multimodal", 354 },
	{ "multiple", 228 },
	{ "multiplication", 579 },
	{ "multiplicative", 579 },
	{ "multiplicity", 551 },
	{ "multiplier", 616 },
	{ "multiscale", 530 },
	{ "multivariate", 554 },
	{ "muon", 605 },
	{ "music", 480 },
	{ "musical", 601 },
	{ "must", 360 },
	{ "mutation", 490 },
	{ "mutual", 489 },
	{ "myr", 551 },
	{ "na", 565 },
	{ "naive", 554 },
	{ "name", 563 },
	{ "named", 485 },
	{ "namely", 436 },
	{ "nano", 568 },
	{ "nanoparticle", 560 },
	{ "nanoscale", 508 },
	{ "nanostructure", 598 },
	{ "narrative", 523 },
	{ "narrow", 442 },
	{ "nasa", 560 },
	{ "nash", 532 },
	{ "national", 535 },
	{ "native", 465 },
	{ "natural", 298 },
	{ "naturally", 397 },
	{ "nature", 322 },
	{ "navier", 621 },
	{ "navigate", 530 },
	{ "navigating", 565 },
	{ "navigation", 487 },
	{ "ne", 591 },
	{ "near", 283 },
	{ "nearby", 475 },
	{ "nearest", 491 },
	{ "nearly", 408 },
	{ "necessarily", 549 },
	{ "necessary", 406 },
	{ "necessitate", 511 },
	{ "necessitating", 585 },
	{ "necessity", 523 },
	{ "need", 271 },
	{ "needed", 427 },
	{ "negative", 399 },
	{ "neglect", 543 },
	{ "neglected", 594 },
	{ "neglecting", 523 },
	{ "negligible", 462 },
	{ "neighbor", 478 },
	{ "neighborhood", 543 },
	{ "neighboring", 554 },
	{ "neither", 523 },
	{ "nested", 545 },
	{ "net", 445 },
	{ "network", 0 },
	{ "neumann", 585 },
	{ "neural", 228 },
	{ "neuromorphic", 579 },
	{ "neuron", 514 },
	{ "neuroscience", 551 },
	{ "neutral", 482 },
	{ "neutrino", 460 },
	{ "neutron", 417 },
	{ "never", 573 },
	{ "nevertheless", 509 },
	{ "new", 0 },
	{ "newly", 481 },
	{ "newton", 554 },
	{ "newtonian", 568 },
	{ "next", 337 },
	{ "ngc", 570 },
	{ "ni", 541 },
	{ "nilpotent", 579 },
	{ "nine", 537 },
	{ "nirspec", 616 },
	{ "nitride", 560 },
	{ "nitrogen", 570 },
	{ "nlp", 534 },
	{ "nm", 474 },
	{ "nn", 554 },
	{ "no", 283 },
	{ "nodal", 621 },
	{ "node", 381 },
	{ "noise", 292 },
	{ "noisy", 408 },
	{ "nominal", 582 },
	{ "non", 0 },
	{ "none", 588 },
	{ "nonequilibrium", 545 },
	{ "nonlinear", 353 },
	{ "nonlinearity", 534 },
	{ "nontrivial", 508 },
	{ "nonzero", 601 },
	{ "nor", 537 },
	{ "norm", 471 },
	{ "normal", 412 },
	{ "normalization", 523 },
	{ "normalized", 490 },
	{ "normalizing", 588 },
	{ "north", 585 },
	{ "northern", 621 },
	{ "not", 0 },
	{ "notable", 484 },
	{ "notably", 378 },
	{ "note", 475 },
	{ "notion", 440 },
	{ "novel", 0 },
	{ "novelty", 573 },
	{ "novo", 558 },
	{ "now", 444 },
	{ "np", 554 },
	{ "ns", 608 },
	{ "nu", 605 },
	{ "nuanced", 532 },
	{ "nuclear", 376 },
	{ "nucleation", 565 },
	{ "nuclei", 416 },
	{ "nucleon", 501 },
	{ "nucleosynthesis", 565 },
	{ "nucleus", 514 },
	{ "null", 551 },
	{ "number", 243 },
	{ "numerical", 276 },
	{ "numerically", 468 },
	{ "numerous", 430 },
	{ "nvidia", 545 },
	{ "object", 312 },
	{ "objective", 315 },
	{ "obscure", 558 },
	{ "observability", 605 },
	{ "observable", 386 },
	{ "observation", 249 },
	{ "observational", 403 },
	{ "observatory", 433 },
	{ "observe", 374 },
	{ "observed", 259 },
	{ "observer", 612 },
	{ "observing", 499 },
	{ "obstacle", 514 },
	{ "obtain", 327 },
	{ "obtained", 300 },
	{ "obtaining", 496 },
	{ "occlusion", 582 },
	{ "occupancy", 608 },
	{ "occupation", 608 },
	{ "occur", 396 },
	{ "occurrence", 532 },
	{ "occurring", 549 },
	{ "ocean", 616 },
	{ "odd", 483 },
	{ "ode", 605 },
	{ "odot", 445 },
	{ "of", 0 },
	{ "off", 326 },
	{ "offer", 239 },
	{ "offered", 621 },
	{ "offering", 317 },
	{ "official", 621 },
	{ "offline", 476 },
	{ "offloading", 616 },
	{ "offset", 518 },
	{ "often", 0 },
	{ "old", 543 },
	{ "older", 608 },
	{ "omega", 535 },
	{ "on", 0 },
	{ "onboard", 585 },
	{ "once", 451 },
	{ "one", 0 },
	{ "ongoing", 504 },
	{ "online", 374 },
	{ "only", 0 },
	{ "onset", 525 },
	{ "onto", 456 },
	{ "ontology", 616 },
	{ "opacity", 585 },
	{ "opaque", 605 },
	{ "open", 253 },
	{ "openai", 608 },
	{ "opening", 480 },
	{ "operate", 391 },
	{ "operating", 420 },
	{ "operation", 327 },
	{ "operational", 425 },
	{ "operator", 336 },
	{ "opinion", 605 },
	{ "opportunity", 381 },
	{ "opposite", 523 },
	{ "optic", 500 },
	{ "optical", 315 },
	{ "optically", 549 },
	{ "optimal", 280 },
	{ "optimality", 520 },
	{ "optimally", 568 },
	{ "optimisation", 523 },
	{ "optimization", 233 },
	{ "optimize", 357 },
	{ "optimized", 364 },
	{ "optimizer", 514 },
	{ "optimizing", 395 },
	{ "optimum", 605 },
	{ "option", 530 },
	{ "optoelectronic", 591 },
	{ "or", 0 },
	{ "oracle", 545 },
	{ "orbit", 388 },
	{ "orbital", 361 },
	{ "orbiting", 576 },
	{ "orchestrate", 605 },
	{ "orchestration", 549 },
	{ "order", 227 },
	{ "ordered", 503 },
	{ "ordering", 497 },
	{ "ordinary", 532 },
	{ "organic", 501 },
	{ "organization", 468 },
	{ "organize", 560 },
	{ "organized", 530 },
	{ "orientation", 460 },
	{ "oriented", 450 },
	{ "origin", 375 },
	{ "original", 385 },
	{ "originally", 534 },
	{ "originate", 511 },
	{ "originating", 568 },
	{ "orthogonal", 465 },
	{ "oscillation", 435 },
	{ "oscillator", 541 },
	{ "oscillatory", 585 },
	{ "other", 227 },
	{ "otherwise", 508 },
	{ "our", 0 },
	{ "out", 281 },
	{ "outcome", 359 },
	{ "outer", 478 },
	{ "outflow", 525 },
	{ "outlier", 570 },
	{ "outline", 449 },
	{ "outperform", 270 },
	{ "outperformed", 534 },
	{ "outperforming", 403 },
	{ "output", 298 },
	{ "outside", 503 },
	{ "outstanding", 608 },
	{ "over", 0 },
	{ "overall", 324 },
	{ "overcome", 377 },
	{ "overcoming", 537 },
	{ "overfitting", 582 },
	{ "overhead", 379 },
	{ "overlap", 451 },
	{ "overlapping", 512 },
	{ "overlook", 495 },
	{ "overlooked", 517 },
	{ "overlooking", 560 },
	{ "overly", 616 },
	{ "oversight", 582 },
	{ "overview", 495 },
	{ "owing", 535 },
	{ "own", 450 },
	{ "oxidation", 616 },
	{ "oxide", 518 },
	{ "oxygen", 494 },
	{ "package", 464 },
	{ "packet", 560 },
	{ "packing", 612 },
	{ "page", 512 },
	{ "pair", 328 },
	{ "paired", 481 },
	{ "pairing", 492 },
	{ "pairwise", 511 },
	{ "pan", 621 },
	{ "paper", 0 },
	{ "par", 588 },
	{ "parabolic", 591 },
	{ "paradigm", 319 },
	{ "parallel", 374 },
	{ "parallelism", 520 },
	{ "parallelization", 616 },
	{ "paramagnetic", 616 },
	{ "parameter", 0 },
	{ "parameterization", 537 },
	{ "parameterized", 528 },
	{ "parametric", 455 },
	{ "parametrization", 568 },
	{ "parametrized", 579 },
	{ "paramount", 598 },
	{ "parent", 588 },
	{ "pareto", 537 },
	{ "parity", 503 },
	{ "part", 353 },
	{ "partial", 386 },
	{ "partially", 451 },
	{ "participant", 429 },
	{ "participation", 556 },
	{ "particle", 299 },
	{ "particular", 296 },
	{ "particularly", 268 },
	{ "partition", 462 },
	{ "partitioning", 525 },
	{ "partner", 616 },
	{ "party", 563 },
	{ "pass", 483 },
	{ "passage", 568 },
	{ "passe", 605 },
	{ "passing", 520 },
	{ "passive", 523 },
	{ "past", 431 },
	{ "patch", 554 },
	{ "patche", 582 },
	{ "path", 333 },
	{ "pathology", 573 },
	{ "pathway", 369 },
	{ "patient", 417 },
	{ "pattern", 284 },
	{ "pave", 485 },
	{ "paving", 494 },
	{ "payload", 598 },
	{ "pb", 605 },
	{ "pbh", 608 },
	{ "pc", 518 },
	{ "pca", 601 },
	{ "pd", 579 },
	{ "pde", 537 },
	{ "peak", 392 },
	{ "peculiar", 605 },
	{ "pedagogical", 591 },
	{ "peer", 534 },
	{ "penalty", 514 },
	{ "penetration", 598 },
	{ "people", 532 },
	{ "peptide", 537 },
	{ "per", 335 },
	{ "perceive", 621 },
	{ "perceived", 535 },
	{ "percent", 472 },
	{ "percentage", 551 },
	{ "perception", 420 },
	{ "perceptron", 554 },
	{ "perceptual", 504 },
	{ "perfect", 495 },
	{ "perfectly", 601 },
	{ "perform", 293 },
	{ "performance", 0 },
	{ "performed", 371 },
	{ "performing", 389 },
	{ "period", 404 },
	{ "periodic", 418 },
	{ "periodically", 605 },
	{ "periodicity", 594 },
	{ "permutation", 511 },
	{ "perovskite", 605 },
	{ "perpendicular", 594 },
	{ "persist", 490 },
	{ "persistence", 556 },
	{ "persistent", 458 },
	{ "person", 565 },
	{ "persona", 588 },
	{ "personal", 543 },
	{ "personalization", 545 },
	{ "personalized", 437 },
	{ "perspective", 342 },
	{ "perturbation", 363 },
	{ "perturbative", 496 },
	{ "perturbed", 560 },
	{ "ph", 616 },
	{ "phantom", 576 },
	{ "pharmaceutical", 612 },
	{ "phase", 240 },
	{ "phenomena", 383 },
	{ "phenomenological", 556 },
	{ "phenomenology", 565 },
	{ "phenomenon", 426 },
	{ "phi", 565 },
	{ "phonon", 442 },
	{ "photo", 594 },
	{ "photoemission", 556 },
	{ "photoluminescence", 616 },
	{ "photometric", 462 },
	{ "photometry", 504 },
	{ "photon", 409 },
	{ "photonic", 491 },
	{ "photorealistic", 616 },
	{ "phy", 517 },
	{ "physic", 288 },
	{ "physical", 277 },
	{ "physically", 418 },
	{ "physiological", 547 },
	{ "pi", 549 },
	{ "picture", 487 },
	{ "piece", 621 },
	{ "piecewise", 582 },
	{ "pilot", 534 },
	{ "pinn", 570 },
	{ "pipeline", 295 },
	{ "pitch", 591 },
	{ "pivotal", 485 },
	{ "pixel", 457 },
	{ "place", 436 },
	{ "placed", 558 },
	{ "placement", 511 },
	{ "plan", 463 },
	{ "planar", 517 },
	{ "planck", 526 },
	{ "plane", 402 },
	{ "planet", 444 },
	{ "planetary", 455 },
	{ "planned", 582 },
	{ "planner", 545 },
	{ "planning", 387 },
	{ "plasma", 456 },
	{ "plasmonic", 612 },
	{ "plasticity", 579 },
	{ "plate", 598 },
	{ "plateau", 621 },
	{ "platform", 312 },
	{ "plausibility", 616 },
	{ "plausible", 474 },
	{ "play", 327 },
	{ "player", 526 },
	{ "playing", 579 },
	{ "plot", 591 },
	{ "plug", 541 },
	{ "plus", 515 },
	{ "pm", 449 },
	{ "pm0", 608 },
	{ "pocket", 545 },
	{ "point", 252 },
	{ "pointing", 591 },
	{ "poisson", 534 },
	{ "polar", 511 },
	{ "polarization", 427 },
	{ "polarized", 501 },
	{ "pole", 554 },
	{ "policy", 331 },
	{ "political", 591 },
	{ "polymer", 470 },
	{ "polynomial", 398 },
	{ "pool", 543 },
	{ "pooling", 594 },
	{ "poor", 447 },
	{ "poorly", 448 },
	{ "popular", 432 },
	{ "popularity", 573 },
	{ "population", 340 },
	{ "pore", 608 },
	{ "porous", 621 },
	{ "portfolio", 598 },
	{ "portion", 579 },
	{ "pose", 375 },
	{ "posed", 504 },
	{ "posing", 537 },
	{ "position", 355 },
	{ "positional", 532 },
	{ "positioning", 539 },
	{ "positive", 373 },
	{ "positivity", 621 },
	{ "possess", 549 },
	{ "possesse", 591 },
	{ "possibility", 422 },
	{ "possible", 322 },
	{ "possibly", 488 },
	{ "post", 365 },
	{ "posterior", 460 },
	{ "potential", 0 },
	{ "potentially", 381 },
	{ "power", 281 },
	{ "powered", 425 },
	{ "powerful", 336 },
	{ "ppo", 605 },
	{ "practical", 265 },
	{ "practicality", 570 },
	{ "practically", 608 },
	{ "practice", 365 },
	{ "practitioner", 494 },
	{ "pre", 316 },
	{ "precise", 340 },
	{ "precisely", 462 },
	{ "precision", 322 },
	{ "precursor", 605 },
	{ "predefined", 525 },
	{ "predict", 299 },
	{ "predictable", 598 },
	{ "predicted", 369 },
	{ "predicting", 364 },
	{ "prediction", 226 },
	{ "predictive", 341 },
	{ "predictor", 485 },
	{ "predominantly", 475 },
	{ "preference", 405 },
	{ "preferred", 547 },
	{ "preliminary", 475 },
	{ "preparation", 563 },
	{ "preprocessing", 512 },
	{ "prescribed", 560 },
	{ "prescription", 576 },
	{ "presence", 342 },
	{ "present", 0 },
	{ "presentation", 563 },
	{ "presented", 393 },
	{ "presenting", 514 },
	{ "preservation", 509 },
	{ "preserve", 388 },
	{ "preserved", 585 },
	{ "preserving", 339 },
	{ "pressure", 376 },
	{ "pretrained", 449 },
	{ "pretraining", 507 },
	{ "prevailing", 576 },
	{ "prevalence", 573 },
	{ "prevalent", 535 },
	{ "prevent", 463 },
	{ "preventing", 520 },
	{ "previous", 295 },
	{ "previously", 335 },
	{ "price", 464 },
	{ "pricing", 573 },
	{ "primarily", 374 },
	{ "primary", 375 },
	{ "prime", 508 },
	{ "primitive", 496 },
	{ "primordial", 468 },
	{ "principal", 468 },
	{ "principle", 312 },
	{ "principled", 440 },
	{ "prior", 292 },
	{ "prioritize", 515 },
	{ "prioritizing", 616 },
	{ "priority", 535 },
	{ "pristine", 579 },
	{ "privacy", 401 },
	{ "private", 490 },
	{ "pro", 535 },
	{ "proactive", 605 },
	{ "probabilistic", 418 },
	{ "probability", 340 },
	{ "probe", 357 },
	{ "probed", 573 },
	{ "probing", 444 },
	{ "problem", 0 },
	{ "procedural", 570 },
	{ "procedure", 384 },
	{ "proceed", 556 },
	{ "process", 233 },
	{ "processe", 299 },
	{ "processed", 495 },
	{ "processing", 295 },
	{ "processor", 547 },
	{ "produce", 301 },
	{ "produced", 396 },
	{ "producing", 421 },
	{ "product", 364 },
	{ "production", 382 },
	{ "productivity", 585 },
	{ "professional", 508 },
	{ "proficiency", 621 },
	{ "profile", 363 },
	{ "profiling", 547 },
	{ "profit", 612 },
	{ "profound", 591 },
	{ "progenitor", 556 },
	{ "program", 406 },
	{ "programmable", 598 },
	{ "programming", 416 },
	{ "progress", 388 },
	{ "progression", 585 },
	{ "progressive", 539 },
	{ "progressively", 494 },
	{ "prohibitive", 528 },
	{ "prohibitively", 591 },
	{ "project", 388 },
	{ "projected", 476 },
	{ "projection", 429 },
	{ "projective", 528 },
	{ "proliferation", 568 },
	{ "prominent", 523 },
	{ "promise", 388 },
	{ "promising", 287 },
	{ "promote", 453 },
	{ "promoting", 522 },
	{ "prompt", 354 },
	{ "prompting", 444 },
	{ "prone", 515 },
	{ "pronounced", 462 },
	{ "proof", 385 },
	{ "propagate", 501 },
	{ "propagating", 598 },
	{ "propagation", 408 },
	{ "propensity", 601 },
	{ "proper", 467 },
	{ "properly", 568 },
	{ "property", 0 },
	{ "proportion", 585 },
	{ "proportional", 499 },
	{ "proposal", 509 },
	{ "propose", 0 },
	{ "proposed", 0 },
	{ "proposing", 537 },
	{ "proprietary", 543 },
	{ "propto", 582 },
	{ "prospect", 537 },
	{ "protect", 576 },
	{ "protected", 605 },
	{ "protecting", 621 },
	{ "protection", 526 },
	{ "protein", 343 },
	{ "protocol", 372 },
	{ "proton", 463 },
	{ "protoplanetary", 605 },
	{ "protostar", 621 },
	{ "protostellar", 616 },
	{ "prototype", 487 },
	{ "prototypical", 582 },
	{ "provably", 573 },
	{ "prove", 308 },
	{ "proved", 545 },
	{ "proven", 512 },
	{ "provide", 0 },
	{ "provided", 379 },
	{ "provider", 554 },
	{ "providing", 277 },
	{ "proving", 496 },
	{ "proximal", 554 },
	{ "proximity", 509 },
	{ "proxy", 499 },
	{ "pruning", 517 },
	{ "pseudo", 490 },
	{ "pt", 570 },
	{ "public", 371 },
	{ "publication", 526 },
	{ "publicly", 388 },
	{ "published", 481 },
	{ "pulsar", 539 },
	{ "pulse", 478 },
	{ "pump", 585 },
	{ "pure", 443 },
	{ "purely", 461 },
	{ "purpose", 387 },
	{ "pursuit", 594 },
	{ "push", 612 },
	{ "put", 556 },
	{ "puzzle", 621 },
	{ "python", 437 },
	{ "qa", 594 },
	{ "qcd", 541 },
	{ "quadratic", 420 },
	{ "quadrupole", 594 },
	{ "qualitative", 439 },
	{ "qualitatively", 518 },
	{ "quality", 241 },
	{ "quantification", 469 },
	{ "quantified", 522 },
	{ "quantify", 373 },
	{ "quantifying", 501 },
	{ "quantitative", 373 },
	{ "quantitatively", 484 },
	{ "quantity", 425 },
	{ "quantization", 463 },
	{ "quantized", 508 },
	{ "quantum", 239 },
	{ "quark", 554 },
	{ "quasar", 563 },
	{ "quasi", 392 },
	{ "quasiparticle", 565 },
	{ "qubit", 482 },
	{ "quenching", 594 },
	{ "query", 342 },
	{ "querying", 579 },
	{ "question", 322 },
	{ "quickly", 508 },
	{ "quite", 568 },
	{ "quiver", 556 },
	{ "quotient", 556 },
	{ "qwen", 612 },
	{ "qwen2", 605 },
	{ "r1", 585 },
	{ "radar", 568 },
	{ "radial", 437 },
	{ "radiation", 398 },
	{ "radiative", 487 },
	{ "radii", 471 },
	{ "radio", 413 },
	{ "radius", 416 },
	{ "rag", 460 },
	{ "raise", 468 },
	{ "raised", 616 },
	{ "raising", 547 },
	{ "raman", 558 },
	{ "ran", 598 },
	{ "random", 333 },
	{ "randomized", 520 },
	{ "randomly", 515 },
	{ "randomness", 594 },
	{ "range", 234 },
	{ "ranging", 412 },
	{ "rangle", 616 },
	{ "rank", 391 },
	{ "ranked", 585 },
	{ "ranking", 464 },
	{ "rapid", 345 },
	{ "rapidly", 408 },
	{ "rare", 450 },
	{ "rarely", 530 },
	{ "rate", 239 },
	{ "rather", 320 },
	{ "rating", 558 },
	{ "ratio", 307 },
	{ "rational", 492 },
	{ "rationale", 588 },
	{ "raw", 452 },
	{ "ray", 334 },
	{ "re", 416 },
	{ "reach", 427 },
	{ "reache", 512 },
	{ "reached", 558 },
	{ "reaching", 469 },
	{ "reaction", 398 },
	{ "reactive", 520 },
	{ "reactor", 616 },
	{ "read", 537 },
	{ "readily", 503 },
	{ "reading", 573 },
	{ "readout", 545 },
	{ "ready", 549 },
	{ "real", 0 },
	{ "realism", 523 },
	{ "realistic", 336 },
	{ "reality", 485 },
	{ "realization", 447 },
	{ "realize", 489 },
	{ "realized", 499 },
	{ "realizing", 537 },
	{ "realm", 605 },
	{ "reason", 469 },
	{ "reasonable", 537 },
	{ "reasoning", 307 },
	{ "recall", 449 },
	{ "receive", 534 },
	{ "received", 520 },
	{ "receiver", 537 },
	{ "recent", 228 },
	{ "recently", 316 },
	{ "receptor", 591 },
	{ "recipe", 570 },
	{ "recognition", 388 },
	{ "recognize", 585 },
	{ "recognized", 573 },
	{ "recognizing", 588 },
	{ "recombination", 601 },
	{ "recommend", 594 },
	{ "recommendation", 415 },
	{ "recommender", 549 },
	{ "reconfigurable", 554 },
	{ "reconstruct", 440 },
	{ "reconstructed", 512 },
	{ "reconstructing", 507 },
	{ "reconstruction", 338 },
	{ "record", 480 },
	{ "recorded", 523 },
	{ "recording", 497 },
	{ "recover", 396 },
	{ "recovered", 530 },
	{ "recovering", 537 },
	{ "recovery", 442 },
	{ "recurrent", 485 },
	{ "recursive", 537 },
	{ "red", 472 },
	{ "redistribution", 616 },
	{ "redshift", 402 },
	{ "reduce", 260 },
	{ "reduced", 328 },
	{ "reducing", 323 },
	{ "reduction", 326 },
	{ "reductive", 585 },
	{ "redundancy", 514 },
	{ "redundant", 504 },
	{ "refer", 530 },
	{ "reference", 351 },
	{ "referred", 537 },
	{ "refine", 413 },
	{ "refined", 465 },
	{ "refinement", 414 },
	{ "refining", 528 },
	{ "reflect", 425 },
	{ "reflected", 554 },
	{ "reflecting", 480 },
	{ "reflection", 475 },
	{ "reflective", 621 },
	{ "reformulate", 539 },
	{ "reformulation", 616 },
	{ "reframe", 616 },
	{ "regard", 601 },
	{ "regarded", 591 },
	{ "regarding", 469 },
	{ "regardless", 541 },
	{ "regime", 302 },
	{ "region", 274 },
	{ "regional", 558 },
	{ "registration", 598 },
	{ "regression", 386 },
	{ "regret", 573 },
	{ "regular", 460 },
	{ "regularity", 601 },
	{ "regularization", 450 },
	{ "regularized", 534 },
	{ "regulate", 594 },
	{ "regulation", 495 },
	{ "regulator", 588 },
	{ "regulatory", 484 },
	{ "reheating", 598 },
	{ "reinforce", 608 },
	{ "reinforcement", 352 },
	{ "rejection", 616 },
	{ "relate", 523 },
	{ "related", 308 },
	{ "relating", 591 },
	{ "relation", 355 },
	{ "relational", 528 },
	{ "relationship", 338 },
	{ "relative", 318 },
	{ "relatively", 427 },
	{ "relativistic", 430 },
	{ "relativity", 523 },
	{ "relaxation", 437 },
	{ "relaxed", 563 },
	{ "release", 401 },
	{ "released", 488 },
	{ "relevance", 438 },
	{ "relevant", 313 },
	{ "reliability", 363 },
	{ "reliable", 327 },
	{ "reliably", 465 },
	{ "reliance", 448 },
	{ "relic", 558 },
	{ "relied", 594 },
	{ "rely", 277 },
	{ "relying", 429 },
	{ "remain", 0 },
	{ "remained", 499 },
	{ "remaining", 438 },
	{ "remarkable", 416 },
	{ "remarkably", 475 },
	{ "remnant", 560 },
	{ "remote", 509 },
	{ "removal", 545 },
	{ "remove", 477 },
	{ "removed", 598 },
	{ "removing", 526 },
	{ "render", 520 },
	{ "rendering", 444 },
	{ "renewable", 605 },
	{ "renormalization", 501 },
	{ "repair", 523 },
	{ "repeated", 500 },
	{ "repeatedly", 621 },
	{ "replace", 490 },
	{ "replaced", 579 },
	{ "replacement", 568 },
	{ "replacing", 517 },
	{ "replicate", 568 },
	{ "report", 337 },
	{ "reported", 392 },
	{ "reporting", 573 },
	{ "repository", 509 },
	{ "represent", 342 },
	{ "representation", 227 },
	{ "representational", 558 },
	{ "representative", 397 },
	{ "represented", 467 },
	{ "representing", 429 },
	{ "reproduce", 374 },
	{ "reproduced", 563 },
	{ "reproducibility", 500 },
	{ "reproducible", 470 },
	{ "reproducing", 547 },
	{ "reproduction", 598 },
	{ "repulsive", 601 },
	{ "request", 503 },
	{ "require", 240 },
	{ "required", 336 },
	{ "requirement", 351 },
	{ "requiring", 351 },
	{ "resampling", 621 },
	{ "research", 237 },
	{ "researcher", 384 },
	{ "resemble", 568 },
	{ "resembling", 621 },
	{ "reservoir", 537 },
	{ "reshape", 588 },
	{ "residual", 411 },
	{ "residue", 530 },
	{ "resilience", 495 },
	{ "resilient", 512 },
	{ "resistance", 512 },
	{ "resnet", 598 },
	{ "resolution", 304 },
	{ "resolve", 399 },
	{ "resolved", 391 },
	{ "resolving", 503 },
	{ "resonance", 424 },
	{ "resonant", 523 },
	{ "resource", 286 },
	{ "respect", 394 },
	{ "respective", 532 },
	{ "respectively", 340 },
	{ "respond", 532 },
	{ "response", 285 },
	{ "responsibility", 605 },
	{ "responsible", 451 },
	{ "responsive", 621 },
	{ "rest", 526 },
	{ "restoration", 576 },
	{ "restore", 582 },
	{ "restrict", 528 },
	{ "restricted", 460 },
	{ "restricting", 601 },
	{ "restriction", 504 },
	{ "restrictive", 594 },
	{ "result", 0 },
	{ "resulted", 598 },
	{ "resulting", 283 },
	{ "retain", 466 },
	{ "retaining", 518 },
	{ "retention", 621 },
	{ "rethinking", 612 },
	{ "retraining", 483 },
	{ "retrieval", 348 },
	{ "retrieve", 500 },
	{ "retrieved", 532 },
	{ "retrieving", 621 },
	{ "return", 466 },
	{ "reusable", 551 },
	{ "reuse", 532 },
	{ "rev", 558 },
	{ "reveal", 249 },
	{ "revealed", 401 },
	{ "revealing", 401 },
	{ "reversal", 547 },
	{ "reverse", 515 },
	{ "reversible", 605 },
	{ "review", 359 },
	{ "reviewed", 612 },
	{ "revisit", 535 },
	{ "revisited", 616 },
	{ "revisiting", 616 },
	{ "revolutionized", 594 },
	{ "reward", 402 },
	{ "rf", 545 },
	{ "rgb", 582 },
	{ "rho", 616 },
	{ "rich", 360 },
	{ "richer", 528 },
	{ "riemannian", 616 },
	{ "right", 436 },
	{ "rightarrow", 573 },
	{ "rigid", 457 },
	{ "rigidity", 588 },
	{ "rigorous", 417 },
	{ "rigorously", 511 },
	{ "ring", 430 },
	{ "rise", 414 },
	{ "rising", 608 },
	{ "risk", 330 },
	{ "rl", 449 },
	{ "rm", 401 },
	{ "rms", 621 },
	{ "rmse", 570 },
	{ "rna", 535 },
	{ "rnn", 616 },
	{ "road", 605 },
	{ "roadmap", 549 },
	{ "robot", 420 },
	{ "robotic", 416 },
	{ "robust", 242 },
	{ "robustly", 543 },
	{ "robustness", 303 },
	{ "role", 266 },
	{ "roll", 612 },
	{ "rollout", 608 },
	{ "room", 479 },
	{ "root", 448 },
	{ "rooted", 579 },
	{ "rotating", 520 },
	{ "rotation", 425 },
	{ "rotational", 475 },
	{ "roughly", 545 },
	{ "round", 507 },
	{ "route", 444 },
	{ "routine", 534 },
	{ "routinely", 612 },
	{ "routing", 497 },
	{ "row", 585 },
	{ "rt", 621 },
	{ "rubin", 598 },
	{ "rule", 355 },
	{ "run", 403 },
	{ "running", 469 },
	{ "runtime", 444 },
	{ "sacrificing", 570 },
	{ "safe", 461 },
	{ "safeguard", 576 },
	{ "safety", 382 },
	{ "same", 296 },
	{ "sample", 258 },
	{ "sampled", 505 },
	{ "sampler", 605 },
	{ "sampling", 322 },
	{ "satellite", 461 },
	{ "satisfaction", 565 },
	{ "satisfactory", 621 },
	{ "satisfied", 588 },
	{ "satisfy", 417 },
	{ "satisfying", 501 },
	{ "saturation", 537 },
	{ "saving", 528 },
	{ "sb", 598 },
	{ "sc", 573 },
	{ "scaffold", 616 },
	{ "scalability", 365 },
	{ "scalable", 299 },
	{ "scalar", 391 },
	{ "scale", 0 },
	{ "scaled", 537 },
	{ "scaling", 337 },
	{ "scan", 480 },
	{ "scanning", 490 },
	{ "scarce", 512 },
	{ "scarcity", 472 },
	{ "scatter", 560 },
	{ "scattered", 549 },
	{ "scattering", 378 },
	{ "scenario", 249 },
	{ "scene", 431 },
	{ "schedule", 522 },
	{ "scheduler", 585 },
	{ "scheduling", 471 },
	{ "schema", 543 },
	{ "scheme", 312 },
	{ "school", 621 },
	{ "schr\303\266dinger", 576 },
	{ "schur", 598 },
	{ "science", 338 },
	{ "scientific", 366 },
	{ "scientist", 530 },
	{ "scope", 535 },
	{ "score", 311 },
	{ "scoring", 491 },
	{ "scratch", 560 },
	{ "screen", 576 },
	{ "screening", 435 },
	{ "script", 563 },
	{ "sdss", 588 },
	{ "se", 518 },
	{ "seamless", 494 },
	{ "seamlessly", 501 },
	{ "search", 307 },
	{ "searche", 455 },
	{ "searched", 616 },
	{ "searching", 526 },
	{ "second", 286 },
	{ "secondary", 476 },
	{ "secondly", 576 },
	{ "section", 463 },
	{ "sector", 431 },
	{ "secure", 480 },
	{ "security", 402 },
	{ "sed", 568 },
	{ "see", 515 },
	{ "seed", 530 },
	{ "seek", 489 },
	{ "seeking", 549 },
	{ "seem", 573 },
	{ "seemingly", 616 },
	{ "seen", 461 },
	{ "segment", 468 },
	{ "segmentation", 430 },
	{ "select", 420 },
	{ "selected", 420 },
	{ "selecting", 459 },
	{ "selection", 327 },
	{ "selective", 464 },
	{ "selectively", 526 },
	{ "selectivity", 582 },
	{ "self", 280 },
	{ "semantic", 314 },
	{ "semantically", 481 },
	{ "semi", 404 },
	{ "semiclassical", 612 },
	{ "semiconductor", 487 },
	{ "semisimple", 582 },
	{ "sense", 487 },
	{ "sensing", 405 },
	{ "sensitive", 362 },
	{ "sensitivity", 339 },
	{ "sensor", 400 },
	{ "sensory", 588 },
	{ "sentence", 591 },
	{ "sentiment", 568 },
	{ "separable", 605 },
	{ "separate", 435 },
	{ "separated", 526 },
	{ "separately", 508 },
	{ "separating", 568 },
	{ "separation", 393 },
	{ "sequence", 279 },
	{ "sequencing", 591 },
	{ "sequential", 420 },
	{ "sequentially", 573 },
	{ "serious", 616 },
	{ "serve", 346 },
	{ "server", 501 },
	{ "service", 408 },
	{ "serving", 481 },
	{ "sery", 343 },
	{ "session", 537 },
	{ "set", 238 },
	{ "setting", 261 },
	{ "setup", 429 },
	{ "seven", 451 },
	{ "several", 279 },
	{ "severe", 475 },
	{ "severely", 530 },
	{ "severity", 579 },
	{ "sft", 621 },
	{ "shadow", 616 },
	{ "shallow", 518 },
	{ "sham", 585 },
	{ "shap", 621 },
	{ "shape", 348 },
	{ "shaped", 463 },
	{ "shaping", 489 },
	{ "shapley", 598 },
	{ "share", 461 },
	{ "shared", 391 },
	{ "sharing", 456 },
	{ "sharp", 444 },
	{ "sharply", 612 },
	{ "shear", 518 },
	{ "sheave", 585 },
	{ "shed", 541 },
	{ "sheet", 568 },
	{ "shelf", 576 },
	{ "shell", 432 },
	{ "shift", 330 },
	{ "shifted", 549 },
	{ "shifting", 554 },
	{ "shock", 472 },
	{ "short", 329 },
	{ "shortcoming", 598 },
	{ "shorter", 541 },
	{ "shot", 386 },
	{ "should", 384 },
	{ "show", 0 },
	{ "showcase", 504 },
	{ "showcasing", 541 },
	{ "showed", 433 },
	{ "shower", 588 },
	{ "showing", 355 },
	{ "shown", 329 },
	{ "si", 504 },
	{ "side", 429 },
	{ "sight", 554 },
	{ "sigma", 468 },
	{ "sign", 472 },
	{ "signal", 255 },
	{ "signaling", 560 },
	{ "signature", 402 },
	{ "signed", 621 },
	{ "significance", 470 },
	{ "significant", 0 },
	{ "significantly", 0 },
	{ "silico", 573 },
	{ "silicon", 504 },
	{ "sim", 356 },
	{ "sim10", 579 },
	{ "simeq", 579 },
	{ "similar", 313 },
	{ "similarity", 365 },
	{ "similarly", 518 },
	{ "simon", 616 },
	{ "simple", 287 },
	{ "simpler", 534 },
	{ "simplest", 591 },
	{ "simplicity", 547 },
	{ "simplified", 470 },
	{ "simplify", 556 },
	{ "simplifying", 579 },
	{ "simply", 520 },
	{ "simulate", 409 },
	{ "simulated", 375 },
	{ "simulating", 437 },
	{ "simulation", 0 },
	{ "simulator", 457 },
	{ "simultaneous", 454 },
	{ "simultaneously", 361 },
	{ "since", 358 },
	{ "single", 0 },
	{ "singlet", 588 },
	{ "singular", 494 },
	{ "singularity", 490 },
	{ "site", 391 },
	{ "sitter", 588 },
	{ "situ", 541 },
	{ "situation", 487 },
	{ "six", 395 },
	{ "size", 274 },
	{ "sized", 534 },
	{ "skew", 582 },
	{ "skill", 459 },
	{ "skin", 598 },
	{ "sky", 451 },
	{ "sl", 532 },
	{ "slice", 573 },
	{ "slide", 616 },
	{ "sliding", 579 },
	{ "slight", 621 },
	{ "slightly", 496 },
	{ "slope", 507 },
	{ "slow", 412 },
	{ "slower", 585 },
	{ "sm", 582 },
	{ "small", 264 },
	{ "smaller", 394 },
	{ "smallest", 598 },
	{ "smart", 515 },
	{ "smbh", 621 },
	{ "smooth", 404 },
	{ "smoothed", 621 },
	{ "smoothing", 568 },
	{ "smoothness", 558 },
	{ "sn", 539 },
	{ "snapshot", 594 },
	{ "sne", 588 },
	{ "snn", 582 },
	{ "snr", 508 },
	{ "so", 327 },
	{ "soc", 588 },
	{ "social", 393 },
	{ "societal", 576 },
	{ "society", 551 },
	{ "soft", 429 },
	{ "software", 353 },
	{ "solar", 407 },
	{ "solely", 438 },
	{ "solid", 416 },
	{ "soliton", 621 },
	{ "solution", 0 },
	{ "solvable", 568 },
	{ "solve", 372 },
	{ "solved", 505 },
	{ "solvent", 554 },
	{ "solver", 427 },
	{ "solving", 371 },
	{ "some", 291 },
	{ "sometime", 537 },
	{ "sophisticated", 482 },
	{ "sota", 485 },
	{ "sound", 439 },
	{ "source", 232 },
	{ "sourced", 568 },
	{ "south", 585 },
	{ "sp", 598 },
	{ "space", 0 },
	{ "spacecraft", 558 },
	{ "spacetime", 503 },
	{ "spacing", 591 },
	{ "span", 477 },
	{ "spanning", 400 },
	{ "sparse", 374 },
	{ "sparsity", 481 },
	{ "spatial", 295 },
	{ "spatially", 419 },
	{ "spatio", 563 },
	{ "spatiotemporal", 501 },
	{ "speaker", 478 },
	{ "speaking", 621 },
	{ "special", 437 },
	{ "specialization", 582 },
	{ "specialized", 387 },
	{ "specific", 225 },
	{ "specifically", 275 },
	{ "specification", 500 },
	{ "specificity", 560 },
	{ "specified", 504 },
	{ "specify", 585 },
	{ "spectra", 345 },
	{ "spectral", 306 },
	{ "spectrogram", 576 },
	{ "spectrograph", 568 },
	{ "spectrometer", 568 },
	{ "spectroscopic", 412 },
	{ "spectroscopy", 367 },
	{ "spectrum", 324 },
	{ "speculative", 608 },
	{ "specy", 456 },
	{ "speech", 370 },
	{ "speed", 353 },
	{ "speedup", 437 },
	{ "sphere", 526 },
	{ "spherical", 455 },
	{ "spherically", 616 },
	{ "spike", 541 },
	{ "spiking", 558 },
	{ "spin", 324 },
	{ "spintronic", 588 },
	{ "spiral", 551 },
	{ "splatting", 563 },
	{ "split", 447 },
	{ "splitting", 462 },
	{ "spoken", 598 },
	{ "spontaneous", 511 },
	{ "spot", 582 },
	{ "spread", 522 },
	{ "spurious", 560 },
	{ "sql", 576 },
	{ "sqrt", 490 },
	{ "square", 407 },
	{ "squared", 503 },
	{ "sr", 563 },
	{ "ssl", 591 },
	{ "stability", 319 },
	{ "stabilization", 585 },
	{ "stabilize", 514 },
	{ "stabilized", 585 },
	{ "stabilizing", 591 },
	{ "stable", 329 },
	{ "stack", 494 },
	{ "stacked", 585 },
	{ "stacking", 541 },
	{ "stage", 312 },
	{ "stake", 541 },
	{ "stakeholder", 588 },
	{ "stand", 560 },
	{ "standalone", 601 },
	{ "standard", 248 },
	{ "standardization", 594 },
	{ "standardized", 468 },
	{ "standing", 517 },
	{ "star", 296 },
	{ "start", 481 },
	{ "starting", 437 },
	{ "state", 0 },
	{ "statement", 534 },
	{ "static", 360 },
	{ "station", 515 },
	{ "stationary", 456 },
	{ "statistic", 405 },
	{ "statistical", 326 },
	{ "statistically", 453 },
	{ "status", 515 },
	{ "steady", 488 },
	{ "steer", 579 },
	{ "steering", 573 },
	{ "stellar", 346 },
	{ "stem", 508 },
	{ "stemming", 612 },
	{ "step", 280 },
	{ "stiffness", 549 },
	{ "still", 342 },
	{ "stimuli", 612 },
	{ "stochastic", 348 },
	{ "stock", 594 },
	{ "stoke", 565 },
	{ "stop", 591 },
	{ "stopping", 582 },
	{ "storage", 425 },
	{ "store", 534 },
	{ "stored", 551 },
	{ "storing", 616 },
	{ "straightforward", 522 },
	{ "strain", 469 },
	{ "strategic", 455 },
	{ "strategically", 576 },
	{ "strategy", 0 },
	{ "stratification", 616 },
	{ "stratified", 598 },
	{ "stream", 468 },
	{ "streaming", 505 },
	{ "streamline", 563 },
	{ "strength", 348 },
	{ "strengthen", 535 },
	{ "stress", 447 },
	{ "strict", 478 },
	{ "strictly", 505 },
	{ "striking", 601 },
	{ "string", 460 },
	{ "stringent", 512 },
	{ "strong", 240 },
	{ "stronger", 436 },
	{ "strongest", 517 },
	{ "strongly", 340 },
	{ "structural", 277 },
	{ "structurally", 530 },
	{ "structure", 0 },
	{ "structured", 312 },
	{ "struggle", 368 },
	{ "student", 442 },
	{ "studied", 352 },
	{ "study", 0 },
	{ "studying", 426 },
	{ "style", 431 },
	{ "su", 549 },
	{ "sub", 355 },
	{ "subalgebra", 594 },
	{ "subgraph", 598 },
	{ "subgroup", 496 },
	{ "subject", 410 },
	{ "subjective", 494 },
	{ "submission", 616 },
	{ "suboptimal", 497 },
	{ "subsequent", 448 },
	{ "subsequently", 458 },
	{ "subset", 407 },
	{ "subspace", 490 },
	{ "substantial", 338 },
	{ "substantially", 362 },
	{ "substitute", 621 },
	{ "substitution", 576 },
	{ "substrate", 501 },
	{ "substructure", 568 },
	{ "subsystem", 608 },
	{ "subtle", 496 },
	{ "success", 357 },
	{ "successful", 456 },
	{ "successfully", 389 },
	{ "successive", 558 },
	{ "such", 0 },
	{ "suffer", 380 },
	{ "sufficient", 402 },
	{ "sufficiently", 471 },
	{ "suggest", 292 },
	{ "suggested", 496 },
	{ "suggesting", 392 },
	{ "suggestion", 588 },
	{ "suitability", 591 },
	{ "suitable", 389 },
	{ "suite", 457 },
	{ "suited", 462 },
	{ "sum", 414 },
	{ "summarization", 563 },
	{ "summarize", 560 },
	{ "summary", 508 },
	{ "sun", 507 },
	{ "super", 465 },
	{ "superconducting", 428 },
	{ "superconductivity", 467 },
	{ "superconductor", 473 },
	{ "superfluid", 573 },
	{ "superior", 339 },
	{ "superiority", 539 },
	{ "supermassive", 515 },
	{ "supernova", 503 },
	{ "supernovae", 511 },
	{ "superposition", 545 },
	{ "supervised", 367 },
	{ "supervision", 467 },
	{ "supply", 539 },
	{ "support", 260 },
	{ "supported", 425 },
	{ "supporting", 383 },
	{ "suppress", 545 },
	{ "suppresse", 549 },
	{ "suppressed", 490 },
	{ "suppressing", 582 },
	{ "suppression", 497 },
	{ "surface", 280 },
	{ "surge", 585 },
	{ "surpass", 616 },
	{ "surpasse", 499 },
	{ "surpassing", 488 },
	{ "surprising", 605 },
	{ "surprisingly", 518 },
	{ "surrogate", 442 },
	{ "surrounding", 466 },
	{ "survey", 322 },
	{ "survival", 570 },
	{ "survive", 616 },
	{ "susceptibility", 543 },
	{ "susceptible", 579 },
	{ "sustain", 579 },
	{ "sustainability", 573 },
	{ "sustainable", 509 },
	{ "sustained", 582 },
	{ "sustaining", 621 },
	{ "swarm", 576 },
	{ "switch", 598 },
	{ "switche", 621 },
	{ "switching", 501 },
	{ "symbol", 556 },
	{ "symbolic", 488 },
	{ "symmetric", 387 },
	{ "symmetry", 335 },
	{ "symplectic", 582 },
	{ "synaptic", 612 },
	{ "synchronization", 556 },
	{ "synchronized", 601 },
	{ "synchronous", 605 },
	{ "synchrotron", 558 },
	{ "synergistic", 554 },
	{ "synergy", 560 },
	{ "syntactic", 568 },
	{ "syntax", 563 },
	{ "synthesis", 352 },
	{ "synthesize", 467 },
	{ "synthesized", 497 },
	{ "synthesizing", 530 },
	{ "synthetic", 331 },
	{ "system", 0 },
	{ "systematic", 303 },
	{ "systematically", 335 },
	{ "systemic", 598 },
	{ "table", 485 },
	{ "tabular", 579 },
	{ "tackle", 442 },
	{ "tackling", 576 },
	{ "tail", 484 },
	{ "tailored", 370 },
	{ "take", 396 },
	{ "taken", 458 },
	{ "taking", 453 },
	{ "target", 282 },
	{ "targeted", 427 },
	{ "targeting", 503 },
	{ "task", 0 },
	{ "tau", 588 },
	{ "taxonomy", 505 },
	{ "tc", 585 },
	{ "tddft", 616 },
	{ "te", 608 },
	{ "teacher", 515 },
	{ "teaching", 568 },
	{ "team", 488 },
	{ "technical", 403 },
	{ "technique", 232 },
	{ "technological", 507 },
	{ "technology", 331 },
	{ "telescope", 376 },
	{ "temperature", 275 },
	{ "template", 490 },
	{ "temporal", 324 },
	{ "temporally", 549 },
	{ "ten", 439 },
	{ "tend", 453 },
	{ "tendency", 573 },
	{ "tension", 484 },
	{ "tensor", 378 },
	{ "term", 245 },
	{ "termed", 504 },
	{ "terminal", 573 },
	{ "ternary", 591 },
	{ "terrain", 621 },
	{ "terrestrial", 573 },
	{ "tess", 608 },
	{ "test", 268 },
	{ "testable", 601 },
	{ "testbed", 541 },
	{ "tested", 417 },
	{ "testing", 374 },
	{ "tev", 560 },
	{ "text", 296 },
	{ "textbf", 487 },
	{ "textit", 402 },
	{ "texttt", 549 },
	{ "textual", 452 },
	{ "texture", 515 },
	{ "th", 582 },
	{ "than", 0 },
	{ "thank", 551 },
	{ "that", 0 },
	{ "the", 0 },
	{ "their", 0 },
	{ "them", 265 },
	{ "theme", 616 },
	{ "themselve", 541 },
	{ "then", 239 },
	{ "theorem", 404 },
	{ "theoretic", 425 },
	{ "theoretical", 272 },
	{ "theoretically", 422 },
	{ "theory", 0 },
	{ "therapeutic", 508 },
	{ "therapy", 563 },
	{ "there", 314 },
	{ "thereby", 329 },
	{ "therefore", 348 },
	{ "thermal", 350 },
	{ "thermally", 601 },
	{ "thermodynamic", 408 },
	{ "thermodynamically", 594 },
	{ "these", 0 },
	{ "thesis", 579 },
	{ "theta", 591 },
	{ "they", 237 },
	{ "thick", 563 },
	{ "thickness", 532 },
	{ "thin", 460 },
	{ "thing", 568 },
	{ "thinking", 556 },
	{ "third", 400 },
	{ "this", 0 },
	{ "thorough", 576 },
	{ "thoroughly", 582 },
	{ "those", 298 },
	{ "though", 442 },
	{ "thought", 442 },
	{ "thousand", 475 },
	{ "threat", 467 },
	{ "three", 0 },
	{ "threefold", 598 },
	{ "threshold", 384 },
	{ "through", 0 },
	{ "throughout", 465 },
	{ "throughput", 399 },
	{ "thus", 314 },
	{ "thz", 605 },
	{ "ti", 576 },
	{ "tidal", 537 },
	{ "tied", 605 },
	{ "tier", 585 },
	{ "tight", 451 },
	{ "tighter", 608 },
	{ "tightly", 558 },
	{ "tilde", 598 },
	{ "tilt", 605 },
	{ "time", 0 },
	{ "timely", 547 },
	{ "times10", 568 },
	{ "timescale", 439 },
	{ "timestep", 591 },
	{ "timing", 472 },
	{ "tin", 621 },
	{ "tiny", 585 },
	{ "tip", 605 },
	{ "tissue", 482 },
	{ "to", 0 },
	{ "today", 515 },
	{ "together", 354 },
	{ "token", 362 },
	{ "tokenization", 608 },
	{ "tolerance", 573 },
	{ "tolerant", 605 },
	{ "tomography", 522 },
	{ "tone", 608 },
	{ "too", 497 },
	{ "tool", 243 },
	{ "toolkit", 556 },
	{ "top", 391 },
	{ "topic", 455 },
	{ "topological", 381 },
	{ "topologically", 582 },
	{ "topology", 394 },
	{ "torque", 605 },
	{ "torsion", 588 },
	{ "torus", 560 },
	{ "total", 346 },
	{ "toward", 267 },
	{ "toy", 576 },
	{ "trace", 406 },
	{ "traced", 616 },
	{ "tracer", 545 },
	{ "tracing", 515 },
	{ "track", 439 },
	{ "tracking", 426 },
	{ "tractable", 482 },
	{ "trade", 366 },
	{ "tradeoff", 528 },
	{ "trading", 545 },
	{ "traditional", 264 },
	{ "traditionally", 490 },
	{ "traffic", 471 },
	{ "train", 364 },
	{ "trained", 267 },
	{ "training", 0 },
	{ "trait", 585 },
	{ "trajectory", 344 },
	{ "tran", 605 },
	{ "transaction", 585 },
	{ "transcription", 563 },
	{ "transfer", 318 },
	{ "transferability", 537 },
	{ "transferable", 549 },
	{ "transferred", 621 },
	{ "transform", 395 },
	{ "transformation", 397 },
	{ "transformative", 505 },
	{ "transformed", 497 },
	{ "transformer", 334 },
	{ "transforming", 490 },
	{ "transient", 429 },
	{ "transistor", 598 },
	{ "transit", 570 },
	{ "transiting", 621 },
	{ "transition", 268 },
	{ "translate", 495 },
	{ "translated", 601 },
	{ "translating", 563 },
	{ "translation", 473 },
	{ "translational", 558 },
	{ "transmission", 410 },
	{ "transmit", 563 },
	{ "transmitted", 612 },
	{ "transparency", 473 },
	{ "transparent", 467 },
	{ "transport", 355 },
	{ "transportation", 541 },
	{ "transverse", 514 },
	{ "trap", 535 },
	{ "trapped", 543 },
	{ "trapping", 594 },
	{ "travel", 588 },
	{ "treat", 452 },
	{ "treated", 500 },
	{ "treating", 507 },
	{ "treatment", 391 },
	{ "tree", 407 },
	{ "trend", 404 },
	{ "trial", 491 },
	{ "triangle", 579 },
	{ "triangular", 539 },
	{ "trigger", 507 },
	{ "triggered", 585 },
	{ "triggering", 616 },
	{ "triple", 518 },
	{ "triplet", 554 },
	{ "trivial", 451 },
	{ "true", 420 },
	{ "truly", 563 },
	{ "truncated", 558 },
	{ "truncation", 565 },
	{ "trust", 456 },
	{ "trusted", 601 },
	{ "trustworthiness", 570 },
	{ "trustworthy", 514 },
	{ "truth", 445 },
	{ "tts", 588 },
	{ "tube", 608 },
	{ "tumor", 563 },
	{ "tunable", 464 },
	{ "tune", 474 },
	{ "tuned", 409 },
	{ "tuning", 310 },
	{ "tunneling", 522 },
	{ "turbulence", 534 },
	{ "turbulent", 560 },
	{ "turn", 407 },
	{ "turning", 605 },
	{ "tutorial", 608 },
	{ "twice", 588 },
	{ "twin", 483 },
	{ "twist", 582 },
	{ "twisted", 512 },
	{ "two", 0 },
	{ "type", 241 },
	{ "typical", 424 },
	{ "typically", 315 },
	{ "uav", 558 },
	{ "ubiquitous", 525 },
	{ "ultimate", 621 },
	{ "ultimately", 476 },
	{ "ultra", 425 },
	{ "ultrafast", 560 },
	{ "ultrasound", 621 },
	{ "ultraviolet", 518 },
	{ "unavailable", 588 },
	{ "unbiased", 526 },
	{ "uncertain", 499 },
	{ "uncertainty", 312 },
	{ "unchanged", 573 },
	{ "unclear", 466 },
	{ "unconstrained", 551 },
	{ "unconventional", 545 },
	{ "uncover", 451 },
	{ "uncovered", 605 },
	{ "uncovering", 541 },
	{ "under", 0 },
	{ "underexplored", 466 },
	{ "undergo", 537 },
	{ "undergoe", 576 },
	{ "underlying", 324 },
	{ "undermine", 591 },
	{ "underpin", 605 },
	{ "underscore", 436 },
	{ "underscoring", 508 },
	{ "understand", 391 },
	{ "understanding", 252 },
	{ "understood", 431 },
	{ "unexpected", 556 },
	{ "unexplored", 467 },
	{ "unfortunately", 568 },
	{ "unified", 323 },
	{ "uniform", 409 },
	{ "uniformly", 525 },
	{ "unify", 489 },
	{ "unifying", 520 },
	{ "unimodal", 608 },
	{ "union", 560 },
	{ "unique", 338 },
	{ "uniquely", 509 },
	{ "uniqueness", 612 },
	{ "unit", 379 },
	{ "unitary", 511 },
	{ "united", 591 },
	{ "unity", 568 },
	{ "universal", 381 },
	{ "universality", 537 },
	{ "universally", 605 },
	{ "universe", 384 },
	{ "university", 535 },
	{ "unknown", 412 },
	{ "unlabeled", 576 },
	{ "unlike", 352 },
	{ "unlikely", 585 },
	{ "unlock", 558 },
	{ "unlocking", 573 },
	{ "unmanned", 573 },
	{ "unnecessary", 605 },
	{ "unprecedented", 465 },
	{ "unpredictable", 621 },
	{ "unreliable", 554 },
	{ "unresolved", 549 },
	{ "unseen", 435 },
	{ "unstable", 494 },
	{ "unstructured", 507 },
	{ "unsupervised", 462 },
	{ "until", 545 },
	{ "unusual", 582 },
	{ "unveil", 612 },
	{ "up", 227 },
	{ "upcoming", 501 },
	{ "update", 379 },
	{ "updated", 503 },
	{ "updating", 549 },
	{ "upgrade", 598 },
	{ "upon", 379 },
	{ "upper", 383 },
	{ "urban", 508 },
	{ "urgent", 549 },
	{ "us", 350 },
	{ "usability", 528 },
	{ "usage", 431 },
	{ "use", 0 },
	{ "used", 0 },
	{ "useful", 407 },
	{ "usefulness", 576 },
	{ "user", 269 },
	{ "using", 0 },
	{ "usual", 582 },
	{ "usually", 452 },
	{ "utility", 374 },
	{ "utilization", 457 },
	{ "utilize", 381 },
	{ "utilized", 477 },
	{ "utilizing", 400 },
	{ "uv", 488 },
	{ "v2", 598 },
	{ "vacancy", 539 },
	{ "vacuum", 488 },
	{ "vae", 558 },
	{ "valence", 515 },
	{ "valid", 442 },
	{ "validate", 323 },
	{ "validated", 370 },
	{ "validating", 500 },
	{ "validation", 347 },
	{ "validity", 451 },
	{ "valley", 591 },
	{ "valuable", 381 },
	{ "valuation", 601 },
	{ "value", 250 },
	{ "valued", 504 },
	{ "van", 501 },
	{ "vanilla", 576 },
	{ "vanishe", 616 },
	{ "vanishing", 520 },
	{ "vapor", 573 },
	{ "varepsilon", 563 },
	{ "variability", 394 },
	{ "variable", 332 },
	{ "variance", 414 },
	{ "variant", 387 },
	{ "variation", 339 },
	{ "variational", 413 },
	{ "varied", 518 },
	{ "variety", 387 },
	{ "various", 251 },
	{ "vary", 433 },
	{ "varying", 341 },
	{ "vast", 460 },
	{ "vector", 329 },
	{ "vehicle", 438 },
	{ "velocity", 357 },
	{ "vendor", 621 },
	{ "verifiable", 530 },
	{ "verification", 424 },
	{ "verified", 484 },
	{ "verify", 437 },
	{ "verifying", 573 },
	{ "versatile", 474 },
	{ "versatility", 543 },
	{ "version", 401 },
	{ "versus", 470 },
	{ "vertex", 508 },
	{ "vertical", 534 },
	{ "vertice", 537 },
	{ "very", 339 },
	{ "via", 0 },
	{ "viability", 554 },
	{ "viable", 455 },
	{ "vibration", 543 },
	{ "vibrational", 495 },
	{ "vicinity", 565 },
	{ "video", 393 },
	{ "view", 361 },
	{ "viewed", 535 },
	{ "viewing", 576 },
	{ "viewpoint", 517 },
	{ "violate", 612 },
	{ "violating", 605 },
	{ "violation", 487 },
	{ "virgo", 601 },
	{ "virtual", 422 },
	{ "viscosity", 549 },
	{ "visibility", 556 },
	{ "visible", 505 },
	{ "vision", 355 },
	{ "visual", 333 },
	{ "visualization", 462 },
	{ "visualize", 582 },
	{ "visually", 543 },
	{ "vit", 582 },
	{ "vital", 492 },
	{ "vla", 588 },
	{ "vlm", 532 },
	{ "vocabulary", 576 },
	{ "voice", 495 },
	{ "void", 616 },
	{ "volatile", 594 },
	{ "volatility", 588 },
	{ "voltage", 517 },
	{ "volume", 364 },
	{ "volumetric", 545 },
	{ "von", 582 },
	{ "vortex", 576 },
	{ "voting", 588 },
	{ "voxel", 612 },
	{ "vr", 594 },
	{ "vs", 448 },
	{ "vulnerability", 446 },
	{ "vulnerable", 522 },
	{ "waal", 535 },
	{ "walk", 573 },
	{ "wall", 462 },
	{ "wannier", 621 },
	{ "warm", 525 },
	{ "warning", 616 },
	{ "was", 281 },
	{ "wasserstein", 568 },
	{ "water", 399 },
	{ "watermark", 621 },
	{ "watermarking", 612 },
	{ "wave", 298 },
	{ "waveform", 492 },
	{ "wavefunction", 547 },
	{ "wavelength", 413 },
	{ "wavelet", 608 },
	{ "way", 288 },
	{ "we", 0 },
	{ "weak", 369 },
	{ "weaker", 508 },
	{ "weakly", 450 },
	{ "weaknesse", 598 },
	{ "wearable", 576 },
	{ "weather", 535 },
	{ "web", 452 },
	{ "webb", 588 },
	{ "website", 585 },
	{ "week", 565 },
	{ "weight", 353 },
	{ "weighted", 410 },
	{ "weighting", 532 },
	{ "welfare", 568 },
	{ "well", 0 },
	{ "were", 292 },
	{ "weyl", 528 },
	{ "what", 380 },
	{ "when", 0 },
	{ "whenever", 585 },
	{ "where", 0 },
	{ "wherea", 389 },
	{ "whether", 346 },
	{ "which", 0 },
	{ "while", 0 },
	{ "whilst", 608 },
	{ "whisper", 616 },
	{ "white", 478 },
	{ "who", 466 },
	{ "whole", 491 },
	{ "whose", 353 },
	{ "why", 481 },
	{ "wide", 321 },
	{ "widely", 334 },
	{ "wider", 545 },
	{ "widespread", 462 },
	{ "width", 470 },
	{ "wild", 556 },
	{ "will", 297 },
	{ "wind", 457 },
	{ "window", 412 },
	{ "wireless", 448 },
	{ "wise", 424 },
	{ "with", 0 },
	{ "within", 0 },
	{ "without", 0 },
	{ "word", 488 },
	{ "work", 0 },
	{ "worker", 608 },
	{ "workflow", 345 },
	{ "working", 481 },
	{ "workload", 420 },
	{ "workshop", 616 },
	{ "world", 248 },
	{ "worldwide", 554 },
	{ "worse", 576 },
	{ "worst", 504 },
	{ "would", 391 },
	{ "write", 573 },
	{ "writing", 543 },
	{ "written", 545 },
	{ "xai", 616 },
	{ "xgboost", 608 },
	{ "yang", 621 },
	{ "year", 342 },
	{ "yet", 252 },
	{ "yield", 285 },
	{ "yielded", 576 },
	{ "yielding", 419 },
	{ "you", 556 },
	{ "young", 467 },
	{ "yr", 554 },
	{ "zero", 319 },
	{ "zone", 472 },
/* END TABLE idf */
};

/* A word not in the table is rarer than any in it. */
/* BEGIN TABLE idf_rare */
#define LIKE_RARE 625
/* END TABLE idf_rare */

/* The table's word i and its weight (0 for a stop word); past the last,
 * NULL and the weight of a word not in the table. */
static unsigned
idf_word(size_t i, const char **w)
{
	*w = i < LEN(idf) ? idf[i].w : NULL;
	return i < LEN(idf) ? idf[i].v : LIKE_RARE;
}
