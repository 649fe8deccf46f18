#!/usr/bin/env bats
# Digests as feeds and mailboxes (README: Recipes): %e, --escape=tsv, and
# the TSV that sfeed's own sfeed_atom and sfeed_mbox read, checked by
# parsing what they write with python3 (xml.etree, mailbox).

load test_helper

# The README's FORMAT for sfeed's TSV.
SFEED='%e\t%t\t%l\t%a\tplain\t%l\t%A\t\t%6'

# hostile: records whose text holds what TSV, XML and mail must carry:
# escaped TABs, newlines and backslashes, & < > " ', non-ASCII, a control
# character; one undated.
hostile() {
	rec 2026-07-30T12:00:00+02:00 'Über \t“quotes” & <b>tags</b>\nand\\backslash 学习' https://arxiv.org/abs/2607.00001 'A & B < C\tD\nE \\ F é' 'Zoë Ørsted, A. B' 'cs.LG|cs.AI'
	rec 2026-07-29 "Plain title, it's fine" https://example.org/2 $'bell\x07 here' 'Solo' 'q-bio.NC'
	rec '' 'No date at all' https://example.org/3 'x' '' ''
}

@test "%e: the instant in UNIX seconds, offsets honoured; midnight UTC for a calendar date; empty when undated" {
	run -0 papers -f '%e|%t' < <(rec 2026-07-30T12:00:00+02:00 A l1; rec 2026-07-30 B l2; rec '' C l3; rec 1785434396 D l4; rec 1969-12-31T23:59:59Z E l5)
	[ "$output" = $'1785405600|A\n1785369600|B\n|C\n1785434396|D\n-1|E' ]
}

@test "--escape=tsv: each value as one TSV field (\\\\ \\t \\n \\r); the format's own TABs stay" {
	run -0 papers --escape=tsv -f '%t\t%a\t%e' < <(hostile)
	[ "${lines[0]}" = $'Über “quotes” & <b>tags</b> and\\\\backslash 学习\tA & B < C D E \\\\ F é\t1785405600' ]
	[ "${lines[1]}" = $'Plain title, it\'s fine\tbell here\t1785283200' ]
	[ "${lines[2]}" = $'No date at all\tx\t' ]
	[ "${#lines[@]}" = 3 ]
	# Read back as records, the fields are the text papers printed.
	run -0 bash -c "papers --escape=tsv -f '%d\t%t\t%l\t%a' < <(printf '%s\n' '$(hostile | head -n 1 | sed "s/'/'\\\\''/g")') | papers -f '%t|%a'"
	[ "$output" = 'Über “quotes” & <b>tags</b> and\backslash 学习|A & B < C D E \ F é' ]
}

@test "Atom recipe: sfeed_atom's feed parses as XML, every entry's title, link and date intact" {
	command -v sfeed_atom >/dev/null || skip "sfeed_atom (sfeed) is not installed"
	command -v python3 >/dev/null || skip "python3 is not installed"
	run -0 bash -c "papers --escape=tsv -f '$SFEED' < <(printf '%s\n' \"\$0\") | sfeed_atom > '$T/papers.xml'" "$(hostile)"
	run -0 python3 - "$T/papers.xml" <<'PY'
import sys
import xml.etree.ElementTree as ET
A = '{http://www.w3.org/2005/Atom}'
for e in ET.parse(sys.argv[1]).getroot().iter(A + 'entry'):
    print('|'.join([e.findtext(A + 'title'), e.find(A + 'link').get('href'),
                    e.findtext(A + 'updated') or '', e.findtext(A + 'content'),
                    e.findtext(A + 'author/' + A + 'name') or '']))
PY
	# sfeed unescapes its content field only: a backslash in a title shows
	# doubled (README).
	[ "${lines[0]}" = 'Über “quotes” & <b>tags</b> and\\backslash 学习|https://arxiv.org/abs/2607.00001|2026-07-30T10:00:00Z|A & B < C D E \ F é|Zoë Ørsted, A. B' ]
	[ "${lines[1]}" = "Plain title, it's fine|https://example.org/2|2026-07-29T00:00:00Z|bell here|Solo" ]
	# Undated: sfeed_atom dates it now.
	[[ ${lines[2]} =~ ^No\ date\ at\ all\|https://example.org/3\|20[0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-9:]{8}Z\|x\|$ ]]
	[ "${#lines[@]}" = 3 ]
}

@test "mbox recipe: sfeed_mbox writes one message per paper, UTF-8, that python's mailbox reads" {
	command -v sfeed_mbox >/dev/null || skip "sfeed_mbox (sfeed) is not installed"
	command -v python3 >/dev/null || skip "python3 is not installed"
	run -0 bash -c "papers --escape=tsv -f '$SFEED' < <(printf '%s\n' \"\$0\") | SFEED_MBOX_CONTENT=1 sfeed_mbox >> '$T/papers.mbox'" "$(hostile)"
	run -0 python3 - "$T/papers.mbox" <<'PY'
import mailbox
import sys
box = mailbox.mbox(sys.argv[1])
for key in box.keys():
    head, body = box.get_bytes(key).decode('utf-8').split('\n\n', 1)
    h = dict(l.split(': ', 1) for l in head.splitlines())
    link = [l.split(None, 1)[1] for l in body.splitlines() if l.startswith('Link:')]
    print('|'.join([h['Subject'], link[0], h['Date'], h['Content-Type']]))
    print(body.rstrip().splitlines()[-1])
PY
	[ "${lines[0]}" = 'Über “quotes” & <b>tags</b> and\\backslash 学习|https://arxiv.org/abs/2607.00001|Thu, 30 Jul 2026 10:00:00 +0000|text/plain; charset="utf-8"' ]
	[ "${lines[1]}" = 'A & B < C D E \ F é' ]
	[ "${lines[2]}" = "Plain title, it's fine|https://example.org/2|Wed, 29 Jul 2026 00:00:00 +0000|text/plain; charset=\"utf-8\"" ]
	[ "${lines[3]}" = 'bell here' ]
	[[ ${lines[4]} =~ ^No\ date\ at\ all\|https://example.org/3\|[A-Z][a-z]{2},\ [0-9]{2}\ [A-Z][a-z]{2}\ 20[0-9]{2}\ [0-9:]{8}\ \+0000\|text/plain ]]
	[ "${lines[5]}" = x ]
	[ "${#lines[@]}" = 6 ]
}
