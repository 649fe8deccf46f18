#!/usr/bin/env bats
# Output other programs read: --json (JSON Lines), --escape=html|csv|none
# for -f, --header and --footer, and the README's recipes for them.

load test_helper

hostile() {
	printf '2026-07-30\tQuotes "x" and \\\\ back\thttps://a.org/?a=1&b=2\tabs\tAu\n'
	printf '2026-07-30\t</a><script>alert(1)</script>\tl2\tx\tAu\n'
	printf '2026-07-30\tCR\\rhere and a\\ttab, comma\tl3\tx\tAu\n'
	printf '2026-07-30\tNUL\0byte and bad \xff\xfe UTF-8\tl4\tx\tAu\n'
	printf '2026-07-30\tLine\xe2\x80\xa8separator and \xe2\x80\xaebidi\xe2\x80\xac\tl5\tx\tAu\n'
	printf "2026-07-30\tit's <&> \"all\"\tl6\tx\tAu\n"
}

@test "--json: one object per record with every field of the schema, in order" {
	run -0 papers --json diffusion < <(rec 2026-07-30T10:00:00Z 'Diffusion  models' https://arxiv.org/abs/2607.00001v2 'arXiv:2607.00001v2 Announce Type: replace \nAbstract: About diffusion.\nTwo lines.' 'A. Author, B. Author' 'cs.LG||cs.AI' 0042 e8 e9 e10)
	[ "$output" = '{"date":"2026-07-30T10:00:00Z","title":"Diffusion  models","link":"https://arxiv.org/abs/2607.00001v2","abstract":"About diffusion.\nTwo lines.","authors":"A. Author, B. Author","categories":["cs.LG","cs.AI"],"popularity":42,"type":"replace","score":1.5,"keywords":["diffusion"],"key":"2607.00001","extra":["e8","e9","e10"]}' ]
	run -0 papers --json < <(rec '' T l)
	[ "$output" = '{"date":null,"title":"T","link":"l","abstract":"","authors":"","categories":[],"popularity":null,"type":"new","keywords":[],"key":"l","extra":[]}' ]
	run -0 papers --json < <(rec 2026-07-30 T l a au '' 3.50)
	[ "$output" = '{"date":"2026-07-30","title":"T","link":"l","abstract":"a","authors":"au","categories":[],"popularity":3.50,"type":"new","keywords":[],"key":"l","extra":[]}' ]
}

@test "--json: extra keeps every field after the seventh, the empty ones and the last too" {
	run -0 papers --json < <(printf '2024-01-01\tT\tl\ta\tau\tc\t1\tx\t\n')
	[ "$(jq -c .extra <<<"$output")" = '["x",""]' ]
	run -0 papers --json < <(printf '2024-01-01\tT\tl\ta\tau\tc\t1\t\n2024-01-01\tT\tl\ta\tau\tc\t1\n2024-01-01\tT\tl\n')
	[ "$(jq -c .extra <<<"$output")" = $'[""]\n[]\n[]' ]
	# An empty date and nine fields, empty but the title (once NULL + 0
	# under clang's UBSan).
	run -0 papers --json < <(printf '\tl\t\t\t\t\t\t\t\n')
	[ "$output" = '{"date":null,"title":"l","link":"","abstract":"","authors":"","categories":[],"popularity":null,"type":"new","keywords":[],"key":"l","extra":["",""]}' ]
}

@test "categories are split one way for -C, %c and --json: blanks trimmed, empty items dropped" {
	input() { rec 2024-01-01 T l a au ' cs.AI | |cs.LG '; rec 2024-01-01 U l a au ' | '; }
	run -0 papers -C cs.LG --json < <(input)
	[ "$(jq -c .categories <<<"$output")" = '["cs.AI","cs.LG"]' ]
	run -0 papers -f '[%c]' < <(input)
	[ "$output" = $'[cs.AI, cs.LG]\n[]' ]
	run -0 papers --json < <(input)
	[ "$(jq -c .categories <<<"$output")" = $'["cs.AI","cs.LG"]\n[]' ]
}

@test "--json: keywords in the order given, ranking and --top apply" {
	run -0 papers --json --sort=relevance --top=1 beta alpha < <(rec 2026-07-30 'alpha' l1 x; rec 2026-07-30 'alpha beta' l2 x)
	[ "$output" = '{"date":"2026-07-30","title":"alpha beta","link":"l2","abstract":"x","authors":"","categories":[],"popularity":null,"type":"new","score":2.0,"keywords":["beta","alpha"],"key":"l2","extra":[]}' ]
}

@test "--json: hostile text always parses and round-trips, no raw controls or separators" {
	command -v jq >/dev/null || skip "jq is not installed"
	run -0 bash -c "$(declare -f hostile); hostile | papers --json | jq -c -r .title"
	[ "${lines[0]}" = 'Quotes "x" and \ back' ]
	[ "${lines[1]}" = '</a><script>alert(1)</script>' ]
	run -0 bash -c "$(declare -f hostile); hostile | papers --json | jq -r '.title | @json'"
	[ "${lines[2]}" = '"CR\rhere and a\ttab, comma"' ]
	[ "${lines[3]}" = '"NUL\u0000byte and bad �� UTF-8"' ]
	run -0 bash -c "$(declare -f hostile); hostile | papers --json | sed -n 5p | cut -d, -f2"
	[ "$output" = '"title":"Line\u2028separator and \u202ebidi\u202c"' ]
	# The raw lines hold no control byte, U+2028, U+2029 or bidi control.
	run -1 bash -c "$(declare -f hostile); hostile | papers --json | LC_ALL=C grep -c -P '[\x00-\x09\x0b-\x1f\x7f]|\xe2\x80[\xa8\xa9\xaa-\xae]|\xe2\x81[\xa6-\xa9]|\xc2[\x80-\x9f]'"
	[ "$output" = 0 ]
}

@test "--json: a 1 MiB title is one valid line" {
	command -v jq >/dev/null || skip "jq is not installed"
	{ printf '2026-07-30\t'; head -c 1048576 /dev/zero | tr '\0' 'a'; printf '"<\tl\n'; } >"$T/big"
	run -0 bash -c "papers --json <'$T/big' | jq -r '.title | length'"
	[ "$output" = 1048578 ]
}

@test "--json with -c and -q: they win; with -r, -f or --wrap: usage errors" {
	run -0 papers --json -c < <(rec 2026-07-30 T l)
	[ "$output" = "1" ]
	run -0 papers --json -q < <(rec 2026-07-30 T l)
	[ "$output" = "" ]
	run -2 --separate-stderr papers --json -r </dev/null
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: --json prints whole records: not with -r or -f" ]
	run -2 --separate-stderr papers --json -f %t </dev/null
	[ "${stderr_lines[0]}" = "papers: --json prints whole records: not with -r or -f" ]
	run -2 --separate-stderr papers --json --wrap=70 </dev/null
	[ "${stderr_lines[0]}" = "papers: --json lines are not wrapped: not with --wrap" ]
	# --color=always changes nothing in JSON.
	run -0 papers --json --color=always t < <(rec 2026-07-30 t l)
	[ "$output" = '{"date":"2026-07-30","title":"t","link":"l","abstract":"","authors":"","categories":[],"popularity":null,"type":"new","score":1.0,"keywords":["t"],"key":"l","extra":[]}' ]
}

@test "--escape=html: every directive's value, never the format's own text" {
	run -0 bash -c "$(declare -f hostile); hostile | papers --escape=html -f '<li><a href=\"%l\">%t</a></li>'"
	[ "${lines[0]}" = '<li><a href="https://a.org/?a=1&amp;b=2">Quotes &quot;x&quot; and \ back</a></li>' ]
	[ "${lines[1]}" = '<li><a href="l2">&lt;/a&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a></li>' ]
	[ "${lines[5]}" = '<li><a href="l6">it&#39;s &lt;&amp;&gt; &quot;all&quot;</a></li>' ]
}

@test "--escape=html: output parses, and the visible text round-trips" {
	command -v python3 >/dev/null || skip "python3 is not installed"
	run -0 bash -c "$(declare -f hostile); hostile | papers --escape=html --header='<ul>' --footer='</ul>' -f '<li><a href=\"%l\">%t</a></li>' > '$T/h.html'
	    hostile | papers -f '%t' > '$T/plain'
	    python3 -c '
import html.parser, sys
class P(html.parser.HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.out=[]; s.depth=0; s.tags=0
    def handle_starttag(s, t, a):
        s.tags += 1
        if t == \"a\": s.cur = \"\"; s.depth += 1
    def handle_endtag(s, t):
        if t == \"a\": s.out.append(s.cur); s.depth -= 1
    def handle_data(s, d):
        if s.depth: s.cur += d
p = P(); p.feed(open(sys.argv[1], encoding=\"utf-8\").read()); p.close()
assert p.tags == 13, p.tags
want = open(sys.argv[2], encoding=\"utf-8\").read().splitlines()
assert p.out == want, (p.out, want)
print(len(p.out))
' '$T/h.html' '$T/plain'"
	[ "$output" = 6 ]
}

@test "--escape=csv: each value one RFC 4180 field; a CSV reader gets the fields back" {
	command -v python3 >/dev/null || skip "python3 is not installed"
	run -0 bash -c "$(declare -f hostile); hostile | papers --escape=csv -f '%d,%t,%l' > '$T/c.csv'
	    hostile | papers -f '%t' > '$T/plain'
	    python3 -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding=\"utf-8\", newline=\"\"), strict=True))
want = open(sys.argv[2], encoding=\"utf-8\").read().splitlines()
assert all(len(r) == 3 for r in rows), rows
assert [r[1] for r in rows] == want, rows
print(len(rows))
' '$T/c.csv' '$T/plain'"
	[ "$output" = 6 ]
	run -0 papers --escape=csv -f '%d,%t,%l' < <(rec 2026-07-30 'A "quoted", title' l)
	[ "$output" = '2026-07-30,"A ""quoted"", title",l' ]
}

@test "--escape: widths, precision and --wrap count the visible text" {
	run -0 papers --escape=html -f '[%-8t]' < <(rec 2026-07-30 'a&b' l)
	[ "$output" = '[a&amp;b     ]' ]
	run -0 papers --escape=html -f '[%.4t]' < <(rec 2026-07-30 'a&b<c>d' l)
	[ "$output" = '[a&amp;b…]' ]
	run -0 papers --escape=html --wrap=12 -f '%t' < <(rec 2026-07-30 '&& && && && &&' l)
	[ "$output" = $'&amp;&amp; &amp;&amp; &amp;&amp; &amp;&amp;\n&amp;&amp;' ]
	run -0 papers --escape=csv -f '%-6t|' < <(rec 2026-07-30 'a,b' l)
	[ "$output" = '"a,b   "|' ]
}

@test "--escape: bad names and combinations are usage errors" {
	run -2 --separate-stderr papers --escape=xml </dev/null
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: --escape: 'xml' is not html, csv, tsv or none" ]
	run -2 --separate-stderr papers --escape=html --color=always </dev/null
	[ "${stderr_lines[0]}" = "papers: --color=always writes escape sequences: not with --escape" ]
	for how in csv tsv; do
		run -2 --separate-stderr papers --escape=$how --wrap=60 </dev/null
		[ "${stderr_lines[0]}" = "papers: a wrapped line is no longer one row: not --escape=csv or tsv with --wrap" ]
	done
	run -2 --separate-stderr papers --escape=html -r </dev/null
	[ "${stderr_lines[0]}" = "papers: --escape is for -f: not with -r or --json" ]
	run -0 papers --escape=none -f '%t' < <(rec 2026-07-30 '<a>' l)
	[ "$output" = "<a>" ]
}

@test "--header and --footer: only when a record is printed; %n, %d, %%, escapes" {
	run -0 papers --header='%n papers for %d (100%%)\t!' --footer='-- \\end' -f '%t' < <(rec 2026-07-30 a l; rec 2026-07-30 b l)
	[ "$output" = $'2 papers for 2026-07-31 (100%)\t!\na\nb\n-- \\end' ]
	run -1 papers --header='%n papers' --footer=end -f '%t' zebra < <(rec 2026-07-30 a l)
	[ "$output" = "" ]
	papers --header='# papers' --footer='' -f '%t' < <(rec 2026-07-30 a l) >"$T/out"
	printf '# papers\na\n\n' | cmp - "$T/out"
	run -0 papers --header=H --footer=F -c < <(rec 2026-07-30 a l)
	[ "$output" = "1" ]
	run -0 papers --header='%n' --json --sort=date --top=1 < <(rec 2026-07-30 a l; rec 2026-07-31 b l)
	[ "${lines[0]}" = "1" ]
	[ "${#lines[@]}" -eq 2 ]
	run -0 papers --header='[%n]' --seen "$T/seen" -f %t < <(rec 2026-07-30 a l)
	[ "$output" = $'[1]\na' ]
}

@test "--header and --footer: other directives are usage errors; --escape leaves them alone" {
	run -2 --separate-stderr papers --header='%t' </dev/null
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "papers: --header: unknown directive %t" ]
	run -2 --separate-stderr papers --footer='50%' </dev/null
	[ "${stderr_lines[0]}" = "papers: --footer: incomplete directive at end" ]
	run -0 papers --escape=html --header='<ul> & %n' --footer='</ul>' -f '<li>%t</li>' < <(rec 2026-07-30 '<b>' l)
	[ "$output" = $'<ul> & 1\n<li>&lt;b&gt;</li>\n</ul>' ]
}

@test "--pipe with a header: nothing is sent on an empty day" {
	run -1 papers --header='%n papers' --pipe "cat > '$T/mail'" zebra < <(rec 2026-07-30 a l)
	[ ! -e "$T/mail" ]
	run -0 papers --header='%n papers' --pipe "cat > '$T/mail'" -f '%t' < <(rec 2026-07-30 a l)
	[ "$(cat "$T/mail")" = $'1 papers\na' ]
}

@test "recipe: a plain-text mail with a heading" {
	run -0 papers --header='%n papers for %d' --wrap=72 -f '%t\n  %l\n' diffusion < "$FIX/hf-daily-papers-2026-07-31.tsv"
	[ "${lines[0]}" = "$(papers -c diffusion < "$FIX/hf-daily-papers-2026-07-31.tsv") papers for 2026-07-31" ]
}

@test "recipe: an HTML mail" {
	run -0 papers --escape=html --header='<ul>' --footer='</ul>' -f '<li><a href="%l">%t</a> %A</li>' --pipe "{ printf 'Content-Type: text/html; charset=UTF-8\n\n'; cat; } > '$T/mail'" agent < "$FIX/hf-daily-papers-2026-07-31.tsv"
	[ "$(head -n 3 "$T/mail")" = $'Content-Type: text/html; charset=UTF-8\n\n<ul>' ]
	[ "$(tail -n 1 "$T/mail")" = "</ul>" ]
	[ "$(grep -c '^<li><a href="https://huggingface.co/papers/' "$T/mail")" = "$(papers -c agent < "$FIX/hf-daily-papers-2026-07-31.tsv")" ]
}

@test "recipe: CSV for a spreadsheet, JSON Lines into jq grouped by category" {
	command -v jq >/dev/null || skip "jq is not installed"
	run -0 papers --escape=csv --header='date,title,link' -f '%d,%t,%l' < "$FIX/hf-daily-papers-2026-07-31.tsv"
	[ "${lines[0]}" = "date,title,link" ]
	[ "${#lines[@]}" -eq 31 ]
	rss=$FIX/arxiv-rss-2026-09-24-cs.LG_cs.AI_cs.CL_stat.ML.tsv
	run -0 bash -c "cut -f1-4,7,9 '$rss' | papers --json | jq -s -c 'map(.categories[] as \$c | {c: \$c, t: .title}) | group_by(.c) | map({(.[0].c): length}) | add'"
	[ "$output" = '{"cs.AI":1,"cs.LG":3,"math.MG":1,"stat.AP":1,"stat.ME":1,"stat.ML":2}' ]
}
