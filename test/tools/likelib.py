"""likelib: the text side of papers --like (issue 21), in Python's standard
library: tokeniser, word table, the exact reference scorer of the chosen
model (THE MODEL below), and helpers for like-eval's model study.  Used by
test/tools/like-eval and test/tools/gen-idf.  Run directly it scores:

    python3 test/tools/likelib.py score [--table=FILE] LIKED... < RECORDS
    python3 test/tools/likelib.py rank  [--table=FILE] LIKED... < RECORDS

score prints "SCORE<TAB>LINK" per record, SCORE as papers' %s must print
it; rank prints the records best first, as read (papers --sort=like -r).
FILE (default papers.c) holds gen-idf's TABLE idf and TABLE idf_rare.

THE MODEL (what papers --like computes; features(), Profile with CHOSEN)
-----------------------------------------------------------------------
Meaning (README): the score is how much of the liked papers' common
vocabulary the record covers (their centroid, each word weighted by how
much more often it occurs in the liked papers than in arXiv at large: a
relevance-feedback weight), times the share of the record's own words that
occur in some liked paper (words of many liked papers counting more), in
percent; 100.0 for a record that contains a liked paper.  Words only.

Table: TABLE idf, sorted by strcmp, maps a word to an integer weight W;
stop words weigh 0.  LIKE_RARE (TABLE idf_rare) is the weight of a word
not in the table.  gen-idf makes both from half A of arxiv-23k.tsv
(N = 11413 records): the 5000 words of highest document frequency df,
W = round(100 ln(N/df)) (so df/N ~ e^(-W/100)), the 150 most frequent
weigh 0; LIKE_RARE = the largest word weight.  Words only: papers.c has
no bigrams (the model study's bigrams stay here, bigrams=M > 0, for
like-eval's ablations; CHOSEN has none).

T(c), c >= 1: a 64-entry integer table, T(c) = floor(1000 (1 + ln c) + 0.5)
for c <= 64 (1000, 1693, 2099, 2386, ..., T(64) = 5159), T(64) for c > 64
(no c up to 64 is near a rounding boundary).
LN(c), c >= 1: 1000 ln c in integers: k = 0; while c > 64 { c >>= 1;
k += 1 }  LN = T(c) - 1000 + 693 k   (LN(1) = 0, LN(3) = 1099, ...).
No libm: T is a table, everything else is + - * / and compares.

1. Text: the title (field 2) and the abstract (field 4) of a record, each
   decoded as papers decodes fields (\\ \n \t \r; other backslashes stay),
   the abstract after an arXiv announce prefix if it has one.
2. Tokens of a field: maximal runs of ASCII letters and digits, U+00AA,
   U+00B5, U+00BA and U+00C0..U+052F except U+00D7 and U+00F7 (papers'
   is_word() without '_'; bytes of invalid UTF-8 separate), each character
   through papers' fold().  Tokens of fewer than 2 characters (code
   points) and tokens of ASCII digits only are dropped; only the first
   10000 remaining tokens of a field count.
3. Plural stemming of each token t of n characters: if n > 4 and t ends in
   "ies", that "ies" becomes "y"; else if n > 3 and t ends in "s" and the
   character before it is not 's', 'u' or 'i', the "s" goes.
4. W(t) = the table's weight of t if t is in the table, else LIKE_RARE.
5. Features (words), in order of first occurrence: for each field
   (title, then abstract), for each token t in order: if W(t) == 0
   continue (stop words are no features); count[t] += 1.  Title and
   abstract weigh the same.
6. x_f = W(f) * T(count[f])  (int64; x_f < 2^24).
7. Liked papers: every record of the --like files, in order; one with no
   features is skipped; n = how many are left (n = 0: every score 0).
   p_j: liked paper j's features.  Once, for every feature f of some p_j:
     S_f = sum over j of p_jf                    (int64, exact)
     r_f = the number of liked papers j with f   (1..n)
     C_f = (double)S_f / (double)n               (the centroid)
     g_f = 10 W(f) + LN(2 r_f + 1) - LN(2 (n - r_f) + 1);  if g_f < 0:
           g_f = 0  (int; the Robertson/Sparck Jones relevance weight
           ln[p/(1-p) * (1-q)/q] in 1/1000 nats with p = (r_f + 0.5) /
           (n + 1) from the liked papers and q = df/N ~ e^(-W/100) from the
           table, ln(1-q) dropped)
     v_f = C_f * (double)g_f                     (the coverage weight)
     C2  = sum of C_f * v_f over the features f in strcmp order of their
           strings, in double, left to right.
8. A record x (no features: score 0):
     X = sum of x_f^2 over its features          (int64)
     A = the same sum over the features with S_f > 0
   A == 0: score 0 (a record sharing no word with any liked paper).
   Over the record's features f with S_f > 0, in the order of 5., in
   double:
     cov += m * v_f, m = (double)x_f < C_f ? (double)x_f : C_f
     Aw  += (double)(x_f * x_f) * ((double)T(r_f) / 1000.0)
   and
     r_j = 1 when x contains liked paper j: x_f >= p_jf for every
           feature f of p_j; else 0.  (It was (N_j / P_j)^4, N_j as
           below and P_j the sum of p_jf^2, which beat cov / C2 for 2 of
           2000 arXiv records with 20 liked papers, none of 1000 with
           1000, and cost a walk over every liked paper of every word of
           a record; containment needs a look only at the papers whose
           rarest feature the record has.)
     R = C2 > 0 ? cov / C2 : 0.0 (at most 1);  if some r_j == 1: R = 1.0
     Q = Aw / (Aw + (double)(X - A))
     s = R * Q;  if s > 1.0: s = 1.0
   Score = 100.0 * s, printed "%.1f" (0.0 ... 100.0).
   R is the share of the centroid's relevance-weighted mass the record
   covers (each word counts up to the centroid's own weight), Q the share
   of the record's word weight on words of the liked papers, a word in r
   liked papers counting T(r)/1000 = 1 + ln r times (capped at r = 64).
   Both only grow when a word of a liked paper is added to the record
   (v_f >= 0, T >= 1000, and X - A, the weight of the words no liked paper
   has, does not change), or when a word no liked paper has becomes one
   of theirs (X - A falls), so the score never falls (nor does
   containment undo itself: x_f only grows); a record that is a liked
   paper contains it and has X == A: 100.0.
   %N names the liked paper with the largest
     N_j = sum over the features f of x and p_j of min(x_f, p_jf) * p_jf
   (int64, exact), the first of those that tie; none when no N_j > 0.
9. --sort=like: by the double 100.0 * s, best first, equal scores in
   input order.

Scores depend on the record, the liked files and the table only.
"""

import hashlib
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKOUT = os.path.normpath(os.path.join(HERE, '..', '..'))
DEFAULT_CORPUS = os.path.normpath(os.path.join(
    CHECKOUT, '..', 'shared', 'data', 'corpus', 'arxiv-23k.tsv'))

# --------------------------------------------------------------------------
# Tokeniser
#
# A token is a maximal run of token characters: ASCII letters and digits,
# U+00AA, U+00B5, U+00BA, and U+00C0..U+052F except U+00D7 and U+00F7 -
# papers' -w word characters (is_word) without '_'.  Each character is
# case folded as papers' fold() does (ASCII A-Z, the folds table of
# papers.c: Unicode simple case folding of U+00B5 and U+00C0..U+052F,
# never into ASCII).  Tokens shorter than 2 characters (code points, after
# folding) and tokens of ASCII digits only are dropped.  Text is the field
# after papers' escape decoding (\\ \n \t \r; the decoded characters are
# separators), the abstract after an arXiv announce prefix.

_TOKEN = re.compile('[0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6'
                    '\u00f8-\u052f]+')
_ESCAPE = re.compile(r'\\[\\ntr]')
_DIGITS = re.compile('[0-9]+$')
_ANNOUNCE = re.compile(r'arXiv:\S+\s+Announce Type:\s*'
                       r'(?:new|cross|replace|replace-cross|absonly)\s+'
                       r'Abstract:\s*')


def _load_folds(path=None):
    """papers.c's fold table as a str.translate map (plus ASCII A-Z)."""
    path = path or os.path.join(CHECKOUT, 'papers.c')
    table = {c: c + 32 for c in range(ord('A'), ord('Z') + 1)}
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            src = f.read()
        body = src.split('/* BEGIN TABLE folds */', 1)[1].split(
            '/* END TABLE folds */', 1)[0]
        for a, b in re.findall(r'\{\s*0x([0-9a-fA-F]+),\s*0x([0-9a-fA-F]+)\s*\}',
                               body):
            table[int(a, 16)] = int(b, 16)
    except (OSError, IndexError):
        # No papers.c: Python's case folding, restricted the same way.
        for c in range(0xb5, 0x530):
            f = chr(c).casefold()
            if len(f) == 1 and ord(f) >= 0x80 and ord(f) != c:
                table[c] = ord(f)
    return table


FOLDS = _load_folds()


def tokens(field, stem=None):
    """The tokens of one raw (escaped) TSV field, in order."""
    out = []
    for t in _TOKEN.findall(_ESCAPE.sub(' ', field)):
        t = t.lower() if t.isascii() else t.translate(FOLDS)
        if len(t) >= 2 and not _DIGITS.match(t):
            out.append(stem(t) if stem else t)
    return out


def abstract_text(field):
    """The abstract field without an arXiv announce prefix."""
    m = _ANNOUNCE.match(_ESCAPE.sub(' ', field[:200]))
    if not m:
        return field
    # The prefix has no escapes of its own but whitespace: skip as many
    # raw characters as it took, escapes counted as one.
    raw = 0
    n = 0
    while n < m.end():
        if field[raw] == '\\' and raw + 1 < len(field) and field[raw + 1] in '\\ntr':
            raw += 2
        else:
            raw += 1
        n += 1
    return field[raw:]


# Light stemming, on folded tokens, ASCII endings only.
def stem_s(w):
    if len(w) > 4 and w.endswith('ies'):
        return w[:-3] + 'y'
    if len(w) > 3 and w[-1] == 's' and w[-2] not in 'sui':
        return w[:-1]
    return w


def stem_sing(w):
    w = stem_s(w)
    if len(w) > 5 and w.endswith('ing'):
        return w[:-3]
    if len(w) > 4 and w.endswith('ed'):
        return w[:-2]
    return w


STEMS = {'none': None, 's': stem_s, 'sing': stem_sing}

# --------------------------------------------------------------------------
# Records


class Record:
    __slots__ = ('line', 'link', 'title', 'abstract', 'cat', 'key')

    def __init__(self, line):
        f = line.rstrip('\n').split('\t')
        f += [''] * (6 - len(f))
        self.line = line if line.endswith('\n') else line + '\n'
        self.title = f[1]
        self.link = f[2]
        self.abstract = abstract_text(f[3])
        self.cat = f[5].split('|')[0]
        self.key = f[2]


def read_records(path):
    with open(path, encoding='utf-8', errors='surrogateescape',
              newline='\n') as f:
        return [Record(line) for line in f if line.strip('\r\n')]


def half_of(rec):
    """'A' or 'B': the half of a record by the sha1 of its link.  A: the
    first hex digit of sha1(link) is 0-7."""
    h = hashlib.sha1(rec.link.encode('utf-8', 'surrogateescape')).hexdigest()
    return 'A' if h[0] in '01234567' else 'B'


# --------------------------------------------------------------------------
# Word table


def doc_freqs(recs, stem=None):
    """Document frequency of each token over title+abstract."""
    df = {}
    for r in recs:
        for t in set(tokens(r.title, stem)) | set(tokens(r.abstract, stem)):
            df[t] = df.get(t, 0) + 1
    return df


def idf_weight(n, df):
    """round(100 * ln(n / df)), half up, as an integer."""
    return int(math.floor(100.0 * math.log(n / df) + 0.5))


def _bytes(w):
    return w.encode('utf-8', 'surrogateescape')


def make_table(df, n, size, stop):
    """The word table: the `size` words of highest document frequency
    (ties: the word's UTF-8 bytes ascending), each with idf_weight(n, df);
    the `stop` most frequent of them weigh 0.  Returns (dict, rare), rare
    being the weight of a word not in the table: the largest weight in the
    table (that of its least frequent word)."""
    ranked = sorted(df.items(), key=lambda kv: (-kv[1], _bytes(kv[0])))[:size]
    table = {}
    for i, (w, d) in enumerate(ranked):
        table[w] = 0 if i < stop else idf_weight(n, d)
    rare = max(table.values()) if table else 0
    return table, (rare or 100)


def pair_freqs(recs, table, rare, stem=None):
    """Document frequency of each bigram "a b": consecutive tokens a, b of
    one field, neither of weight 0 (a stop word breaks the chain)."""
    df = {}
    for r in recs:
        seen = set()
        for field in (r.title, r.abstract):
            prev = None
            for t in tokens(field, stem):
                if not table.get(t, rare):
                    prev = None
                    continue
                if prev is not None:
                    seen.add(prev + ' ' + t)
                prev = t
        for b in seen:
            df[b] = df.get(b, 0) + 1
    return df


# --------------------------------------------------------------------------
# The model, exactly (THE MODEL at the top of this file).  The parameters
# other than CHOSEN's are there for like-eval's ablations only:
#   rsj   coverage weight v_f: 0 C_f; 6 C_f * g_f (THE MODEL, integer RSJ)
#   qrf   Q's weight of a shared word: 0 none; -1 T(r_f)/1000 (THE MODEL)

CHOSEN = dict(stem='s', tw=1, tf='log', size=5000, stop=150, bigrams=0,
              agg='cen', near='all', prec=1, cn=0, qrf=-1, rsj=6)
MAX_TOKENS = 10000


def build_table(recs, size=CHOSEN['size'], stop=CHOSEN['stop'],
                bigrams=CHOSEN['bigrams'], stem=stem_s):
    """(table, rare): `size` words (the `stop` most frequent weigh 0) and
    `bigrams` bigrams, one dict (a bigram's key holds one space)."""
    n = len(recs)
    words, rare = make_table(doc_freqs(recs, stem), n, size, stop)
    table = dict(words)
    if bigrams:
        pdf = pair_freqs(recs, words, rare, stem)
        ranked = sorted(pdf.items(), key=lambda kv: (-kv[1], _bytes(kv[0])))
        for b, d in ranked[:bigrams]:
            table[b] = idf_weight(n, d)
    return table, rare


TF_CAP = 64
TF = [0] + [int(math.floor(1000.0 * (1.0 + math.log(c)) + 0.5))
            for c in range(1, TF_CAP + 1)]


def ln1000(c):
    """1000 ln c, c >= 1, in integers: T(c) - 1000 for c <= 64, else
    c = m * 2^k with m = c >> k in 32..64: T(m) - 1000 + 693 k."""
    k = 0
    while c > TF_CAP:
        c >>= 1
        k += 1
    return TF[c] - 1000 + 693 * k


def tf_weight(c):
    """T(c) = floor(1000 * (1 + ln c) + 0.5) for c <= 64, T(64) beyond:
    1000, 1693, 2099, 2386, ..., 5159 (a 64-entry table in C)."""
    return TF[c if c <= TF_CAP else TF_CAP]


def features(rec, table, rare, tw=CHOSEN['tw'], stem=stem_s, tf='log',
             toks=None):
    """The integer feature vector of a record: dict feature -> x_f.
    toks: the (title, abstract) tokens if already made with `stem`."""
    if toks is None:
        toks = (tokens(rec.title, stem), tokens(rec.abstract, stem))
    counts = {}
    for seq, mul in ((toks[0], tw), (toks[1], 1)):
        prev = None
        for t in seq[:MAX_TOKENS]:
            if not table.get(t, rare):
                prev = None
                continue
            counts[t] = counts.get(t, 0) + mul
            if prev is not None:
                b = prev + ' ' + t
                if b in table:
                    counts[b] = counts.get(b, 0) + mul
            prev = t
    if tf == 'bin':
        return {f: table.get(f, rare) for f in counts}
    return {f: table.get(f, rare) * tf_weight(c) for f, c in counts.items()}


class Profile:
    """The liked papers (feature vectors, in order), ready to score records
    (score_vec: a feature vector; score: a record).  table and rare: W,
    for g_f.  agg, prec, near, cn, qrf, rsj: see like-eval's ablations;
    CHOSEN's are THE MODEL."""

    def __init__(self, liked_vecs, table=None, rare=None,
                 agg=CHOSEN['agg'], prec=CHOSEN['prec'], near=CHOSEN['near'],
                 cn=CHOSEN['cn'], qrf=CHOSEN['qrf'], rsj=CHOSEN['rsj']):
        self.table, self.rare, self.agg, self.prec = table, rare, agg, prec
        self.near, self.qrf = near, qrf
        self.p = []             # P_j = sum of p_jf^2 (exact integers)
        self.vecs = []          # p_j
        self.inv = {}           # feature -> [(j, p_jf)], j ascending
        for v in liked_vecs:
            if not v:
                continue
            j = len(self.p)
            self.p.append(sum(w * w for w in v.values()))
            self.vecs.append(v)
            for f, w in v.items():
                self.inv.setdefault(f, []).append((j, w))
        if agg != 'max':        # the centroid: C_f = mean of p_jf
            n = float(len(self.p))
            if cn:      # each liked paper rescaled to the mean norm
                sq = [math.sqrt(float(p)) for p in self.p]
                mean = sum(sq) / n
                self.cen = {f: sum(w * mean / sq[j] for j, w in ps) / n
                            for f, ps in self.inv.items()}
            else:
                self.cen = {f: float(sum(w for _, w in ps)) / n for f, ps in self.inv.items()}
            # v_f: the coverage weight, C_f times the integer RSJ weight
            # g_f = 10 W + LN(2r+1) - LN(2(n-r)+1), at least 0
            self.v = {}
            for f, ps in self.inv.items():
                g = 1
                if rsj == 6:
                    r = len(ps)
                    g = (10 * table.get(f, rare) + ln1000(2 * r + 1)
                         - ln1000(2 * (len(self.p) - r) + 1))
                self.v[f] = self.cen[f] * float(g if g > 0 else 0)
            self.c2 = 0.0
            for f in self.cen:          # in order of first occurrence
                self.c2 += self.cen[f] * self.v[f]

    def score(self, rec, **kw):
        return self.score_vec(features(rec, self.table, self.rare, **kw))

    def score_vec(self, v):
        """100 * R * Q (see THE MODEL), a double."""
        if not v or not self.p:
            return 0.0
        x2 = 0              # X: sum of x_f^2
        a = 0               # A: the part of X on features of the liked papers
        aw = 0.0            # A, each x_f^2 weighted T(r_f)/1000
        num = {}            # N_j: sum of min(x_f, p_jf) * p_jf
        cov = 0.0
        inv = self.inv
        for f, x in v.items():
            word = ' ' not in f     # Q: words only, so that appending
            if word:                # a word never lowers it
                x2 += x * x
            ps = inv.get(f)
            if ps is None:
                continue
            if word:
                a += x * x
                aw += x * x * (float(tf_weight(len(ps))) / 1000.0)
            for j, p in ps:
                num[j] = num.get(j, 0) + (x if x < p else p) * p
            if self.agg != 'max':
                c = self.cen[f]
                cov += (x if x < c else c) * self.v[f]
        if not a:               # (a shared bigram implies shared words)
            return 0.0
        best = 0.0
        for j in sorted(num):
            r = float(num[j]) / float(self.p[j])
            if self.agg == 'cen':
                if not self.near:
                    continue
                if self.near == 'all':      # containment (THE MODEL)
                    r = 1.0 if all(v.get(f, 0) >= p for f, p in
                                   self.vecs[j].items()) else 0.0
                for _ in range(0 if self.near == 'all' else
                               self.near.bit_length() - 1):
                    r = r * r
            if r > best:
                best = r
        if self.agg == 'cen' and self.c2 > 0 and cov / self.c2 > best:
            best = cov / self.c2
        if not self.qrf:
            aw = float(a)
        q = aw / (aw + float(x2 - a))
        s = best * (q if self.prec == 1 else 1.0 if self.prec == 0 else q ** self.prec)
        return 100.0 * (s if s < 1.0 else 1.0)


# --------------------------------------------------------------------------
# C table text (gen-idf's output) and back


def c_string(w):
    out = []
    for b in _bytes(w):
        if b == 0x22 or b == 0x5c:
            out.append('\\' + chr(b))
        elif 0x20 <= b < 0x7f:
            out.append(chr(b))
        else:
            out.append('\\%03o' % b)
    return '"' + ''.join(out) + '"'


def c_table(table, rare):
    lines = ['/* BEGIN TABLE idf */']
    for w in sorted(table, key=_bytes):
        lines.append('\t{ %s, %d },' % (c_string(w), table[w]))
    lines.append('/* END TABLE idf */')
    rare_lines = ['/* BEGIN TABLE idf_rare */',
                  '#define LIKE_RARE %d' % rare,
                  '/* END TABLE idf_rare */']
    return '\n'.join(lines) + '\n', '\n'.join(rare_lines) + '\n'


def load_c_table(path):
    """(table, rare) from a file holding gen-idf's output (or papers.c)."""
    with open(path, encoding='utf-8', errors='surrogateescape') as f:
        src = f.read()
    body = src.split('/* BEGIN TABLE idf */', 1)[1].split(
        '/* END TABLE idf */', 1)[0]
    table = {}
    for w, v in re.findall(r'\{\s*"((?:[^"\\]|\\.)*)",\s*(\d+)\s*\}', body):
        raw = re.sub(r'\\([0-7]{3}|.)', lambda m: chr(int(m.group(1), 8))
                     if len(m.group(1)) == 3 else m.group(1), w)
        table[raw.encode('latin-1').decode('utf-8', 'surrogateescape')] = int(v)
    m = re.search(r'#define LIKE_RARE (\d+)', src)
    rare = int(m.group(1)) if m else max(
        v for w, v in table.items() if ' ' not in w)
    return table, rare


def main(argv):
    usage = ('usage: likelib.py score|rank [--table=FILE] LIKED... < RECORDS\n'
             '  score: "SCORE<TAB>LINK" per record, SCORE as papers %s prints it\n'
             '  rank:  the records best first, as read (papers --sort=like -r)\n'
             '  --table=FILE: gen-idf output or papers.c (default papers.c)\n')
    if len(argv) < 3 or argv[1] not in ('score', 'rank'):
        sys.stderr.write(usage)
        return 2
    table_file = os.path.join(CHECKOUT, 'papers.c')
    files = []
    for a in argv[2:]:
        if a.startswith('--table='):
            table_file = a[8:]
        else:
            files.append(a)
    table, rare = load_c_table(table_file)
    liked = []
    for path in files:
        liked += read_records(path)
    prof = Profile([features(r, table, rare) for r in liked], table, rare)
    out = sys.stdout.buffer
    scored = []
    for line in sys.stdin.buffer:
        r = Record(line.decode('utf-8', 'surrogateescape'))
        s = prof.score(r)
        if argv[1] == 'score':
            out.write(('%.1f\t%s\n' % (s, r.link)).encode('utf-8', 'surrogateescape'))
        else:
            scored.append((s, line if line.endswith(b'\n') else line + b'\n'))
    if argv[1] == 'rank':
        for s, line in sorted(scored, key=lambda x: -x[0]):
            out.write(line)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
