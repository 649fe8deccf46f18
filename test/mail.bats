#!/usr/bin/env bats
# The README's cron line end to end, as a crontab runs it: cron's bare
# environment, a saved real arXiv feed instead of curl, sfeed, papers
# --seen --pipe, Debian's real mail (bsd-mailx) and exim4 delivering to the
# mailbox of a local user, /var/mail/papersmail.  Needs root (it creates
# that user and reads its mailbox).  Without mail or exim4 it tries to
# install them (apt-get install bsd-mailx exim4-daemon-light) and skips
# only when that fails.  No exim daemon is needed: sendmail (exim4) queues
# the message and delivers it in a background process (exim4's default,
# -odb), which the tests wait for.

load test_helper

# test_helper's setup, called from this file's setup.
eval "helper_$(declare -f setup)"

MAILUSER=papersmail
MBOX=/var/mail/$MAILUSER
EXIM=/usr/sbin/exim4
SAVED=$FIX/arxiv-rss-2026-09-24-cs.LG_cs.AI_cs.CL_stat.ML.xml
# bsd-mailx labels the body with the charset of the locale, and cron has
# none (ANSI_X3.4-1968, that is ASCII); -a replaces that header.
UTF8='Content-Type: text/plain; charset=UTF-8'
MAILCMD="mail -a \"$UTF8\" -s \"papers: cs.LG\" $MAILUSER"

# nomail REASON: every test skips with REASON (bats 1.8 cannot skip from
# setup_file).
nomail() {
	export MAIL_SKIP=$1
}

setup_file() {
	# One mailbox for the whole file (and for any other run of this file
	# on the machine: see the lock in setup).
	export BATS_NO_PARALLELIZE_WITHIN_FILE=true
	if [ "$(id -u)" -ne 0 ]; then
		nomail "not root: the test creates user $MAILUSER and reads $MBOX"
		return 0
	fi
	if [ ! -x /usr/bin/mail ] || [ ! -x "$EXIM" ]; then
		if [ ! -x "$EXIM" ] && [ -e /usr/sbin/sendmail ]; then
			nomail "mail or exim4 is not installed, and another MTA provides /usr/sbin/sendmail: not replacing it with exim4"
			return 0
		fi
		if ! command -v apt-get >/dev/null; then
			nomail "mail (bsd-mailx) or exim4 is not installed, and there is no apt-get to install them"
			return 0
		fi
		local apt=(apt-get install -y -q -o DPkg::Lock::Timeout=300 bsd-mailx exim4-daemon-light)
		export DEBIAN_FRONTEND=noninteractive
		if ! { "${apt[@]}" || { apt-get update -q && "${apt[@]}"; }; } >"$BATS_FILE_TMPDIR/apt.log" 2>&1; then
			nomail "mail (bsd-mailx) or exim4 is not installed and could not be installed: $(tail -n 1 "$BATS_FILE_TMPDIR/apt.log")"
			return 0
		fi
	fi
	case $(readlink -f /usr/bin/mail) in
	*/bsd-mailx) ;;
	*)
		nomail "mail is $(readlink -f /usr/bin/mail), not bsd-mailx"
		return 0
		;;
	esac
	id "$MAILUSER" >/dev/null 2>&1 ||
		useradd -m -s /usr/sbin/nologin "$MAILUSER"
	# exim4's Debian default (dc_eximconfig_configtype='local') delivers
	# a local user's mail to /var/mail/USER.  Anything else is a broken
	# test machine, not a reason to skip.
	if ! "$EXIM" -bt "$MAILUSER" 2>&1 | grep -q 'transport = mail_spool'; then
		echo "exim4 does not deliver $MAILUSER's mail to $MBOX:" >&2
		"$EXIM" -bt "$MAILUSER" >&2
		echo "set dc_eximconfig_configtype='local' in /etc/exim4/update-exim4.conf.conf and run update-exim4.conf" >&2
		return 1
	fi
}

setup() {
	helper_setup
	[ -z "${MAIL_SKIP-}" ] || skip "$MAIL_SKIP"
	# Other runs of this file (another build tested at the same time)
	# share the mailbox: take turns.
	if command -v flock >/dev/null; then
		exec 9>/tmp/papers-mail.bats.lock
		flock -w 300 9
	fi
	mkdir -p "$T/home"
	rm -f "$MBOX"
	# Mail an earlier run left queued (deferred) for the user.
	exiqgrep -i -r "^$MAILUSER@" | xargs -r "$EXIM" -Mrm >/dev/null
}

# shq WORD: WORD quoted for sh.
shq() {
	printf "'%s'" "${1//\'/\'\\\'\'}"
}

# cronline FEED [MAILCMD]: the README's cron line, with `cat FEED` for curl.
cronline() {
	printf 'f=$HOME/.papers-feed.xml; cat %s > "$f" && sfeed < "$f" | cut -f1-4,7,9 | papers --seen "$HOME/.papers-seen" --pipe %s learning' \
		"$(shq "$1")" "$(shq "${2-$MAILCMD}")"
}

# cron CMD...: CMD in cron's environment - no locale, no terminal, stdin
# /dev/null, only fds 0-2 - with the build under test (test_helper's
# wrapper) added to cron's PATH, as a user would add papers' directory,
# and the sanitizers' options, so that a report exits 86-88, never 1.
cron() {
	env -i PATH="/usr/bin:/bin:$PAPERS_BIN" HOME="$T/home" SHELL=/bin/sh \
		PAPERS_ABS="$PAPERS_ABS" PAPERS_WRAP="$PAPERS_WRAP" \
		ASAN_OPTIONS="$ASAN_OPTIONS" UBSAN_OPTIONS="$UBSAN_OPTIONS" \
		LSAN_OPTIONS="$LSAN_OPTIONS" \
		"$@" </dev/null 3>&- 9>&-
}

# delivered: waits until exim has nothing queued for the user (mail
# returns once the message is queued; exim delivers it in the background).
delivered() {
	local i
	for i in $(seq 100); do
		exiqgrep -c -r "^$MAILUSER@" | grep -q '^0 matches' && return 0
		sleep 0.1
	done
	echo "exim still has mail queued for $MAILUSER after 10 s:"
	"$EXIM" -bp
	tail -n 5 /var/log/exim4/mainlog
	return 1
}

# messages: how many messages the mbox holds.
messages() {
	if [ -e "$MBOX" ]; then grep -c '^From ' "$MBOX"; else echo 0; fi
}

# check_message DIGEST-FILE: the mbox holds one message, with the cron
# line's subject and headers and DIGEST-FILE as its body, byte for byte.
check_message() {
	[ "$(messages)" = 1 ]
	sed '/^$/q' "$MBOX" >"$T/headers"
	[ "$(grep -c '^Subject:' "$T/headers")" = 1 ]
	grep -qx 'Subject: papers: cs.LG' "$T/headers"
	[ "$(grep -ci '^Content-Type:' "$T/headers")" = 1 ]
	grep -qx "$UTF8" "$T/headers"
	grep -qx 'Content-Transfer-Encoding: 8bit' "$T/headers"
	grep -qx "To: $MAILUSER@.*" "$T/headers"
	# The body, then the empty line that ends a message in an mbox.
	sed '1,/^$/d' "$MBOX" >"$T/body"
	{ cat "$1"; echo; } | cmp - "$T/body"
}

@test "mail: the cron line mails the digest once, byte for byte; the second run sends nothing, exit 1" {
	# The digest, exactly as papers prints it without --seen and --pipe.
	run -0 --separate-stderr cron sh -c "sfeed < $(shq "$SAVED") | cut -f1-4,7,9 | papers learning > '$T/digest'"
	[ "$stderr" = "" ]
	[ "$(cat "$T/digest")" = "2026-09-24  The Drift Contract: Spectral Updates for Depth-Robust Local Learning  https://arxiv.org/abs/2609.26811" ]

	line=$(cronline "$SAVED")
	[[ $line == "f=\$HOME/.papers-feed.xml; cat '$SAVED' > \"\$f\" && sfeed < \"\$f\" | cut -f1-4,7,9 | papers --seen \"\$HOME/.papers-seen\" --pipe 'mail -a \"Content-Type: text/plain; charset=UTF-8\" -s \"papers: cs.LG\" papersmail' learning" ]]
	run -0 --separate-stderr cron sh -c "$line"
	[ "$output" = "" ]
	[ "$stderr" = "" ]
	delivered
	check_message "$T/digest"
	[ "$(cut -d ' ' -f 1 "$T/home/.papers-seen")" = $'2609.26811\ntitle:the-drift-contract-spectral-updates-for-depth-robust-local-learning' ]
	cp "$MBOX" "$T/mbox1"

	run -1 --separate-stderr cron sh -c "$line"
	[ "$output" = "" ]
	[ "$stderr" = "" ]
	delivered
	[ "$(messages)" = 1 ]
	cmp "$MBOX" "$T/mbox1"
}

@test "mail: a non-ASCII title arrives intact, UTF-8, 8bit" {
	cat >"$T/feed.xml" <<'EOF'
<?xml version='1.0' encoding='UTF-8'?>
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">
  <channel>
    <title>cs.LG updates on arXiv.org</title>
    <item>
      <title>Über Straße ünd Ωmega: learning with “quotes” — 学习</title>
      <link>https://arxiv.org/abs/2609.99901</link>
      <description>arXiv:2609.99901v1 Announce Type: new
Abstract: Ünïcode everywhere.</description>
      <guid isPermaLink="false">oai:arXiv.org:2609.99901v1</guid>
      <category>cs.LG</category>
      <pubDate>Thu, 24 Sep 2026 00:00:00 -0400</pubDate>
      <dc:creator>Zoë Ørsted</dc:creator>
    </item>
    <item>
      <title>Plain ASCII learning</title>
      <link>https://arxiv.org/abs/2609.99902</link>
      <description>arXiv:2609.99902v1 Announce Type: new
Abstract: Nothing special.</description>
      <category>cs.LG</category>
      <pubDate>Thu, 24 Sep 2026 00:00:00 -0400</pubDate>
    </item>
  </channel>
</rss>
EOF
	run -0 --separate-stderr cron sh -c "sfeed < '$T/feed.xml' | cut -f1-4,7,9 | papers learning > '$T/digest'"
	[ "$stderr" = "" ]
	[ "$(cat "$T/digest")" = $'2026-09-24  Über Straße ünd Ωmega: learning with “quotes” — 学习  https://arxiv.org/abs/2609.99901\n2026-09-24  Plain ASCII learning  https://arxiv.org/abs/2609.99902' ]

	run -0 --separate-stderr cron sh -c "$(cronline "$T/feed.xml")"
	[ "$output" = "" ]
	[ "$stderr" = "" ]
	delivered
	check_message "$T/digest"
	grep -q '^2026-09-24  Über Straße ünd Ωmega: learning with “quotes” — 学习  https://arxiv.org/abs/2609.99901$' "$MBOX"
}

@test "mail: mail fails (sendmail refuses): nothing delivered, exit 2, seen file byte-identical; the next run mails it" {
	printf '2609.00001 2026-09-20\n' >"$T/home/.papers-seen"
	cp "$T/home/.papers-seen" "$T/seen.before"
	# The user's MTA is broken: the cron line itself is unchanged.
	printf 'set sendmail=/bin/false\n' >"$T/home/.mailrc"
	line=$(cronline "$SAVED")
	run -2 --separate-stderr cron sh -c "$line"
	[ "$output" = "" ]
	[ "$stderr" = $'Can\'t send mail: sendmail process failed with error code 1\npapers: --pipe: command failed with exit status 1; nothing marked seen' ]
	delivered
	[ "$(messages)" = 0 ]
	cmp "$T/home/.papers-seen" "$T/seen.before"
	# mail kept the digest for the user.
	grep -q '^2026-09-24  The Drift Contract: .*  https://arxiv.org/abs/2609.26811$' "$T/home/dead.letter"

	rm "$T/home/.mailrc"
	run -0 --separate-stderr cron sh -c "$line"
	[ "$stderr" = "" ]
	delivered
	[ "$(messages)" = 1 ]
	[ "$(cut -d ' ' -f 1 "$T/home/.papers-seen")" = $'2609.00001\n2609.26811\ntitle:the-drift-contract-spectral-updates-for-depth-robust-local-learning' ]
}

@test "mail: a mail command that is not there: nothing delivered, exit 2, seen file byte-identical" {
	printf '2609.00001 2026-09-20\n' >"$T/home/.papers-seen"
	cp "$T/home/.papers-seen" "$T/seen.before"
	run -2 --separate-stderr cron sh -c "$(cronline "$SAVED" "nosuchmail -s 'papers: cs.LG' $MAILUSER")"
	[ "$output" = "" ]
	[ "${stderr##*$'\n'}" = "papers: --pipe: command failed with exit status 127; nothing marked seen" ]
	delivered
	[ "$(messages)" = 0 ]
	cmp "$T/home/.papers-seen" "$T/seen.before"
}

@test "mail: the short line, without -a, arrives labelled UTF-8: papers runs mail in C.UTF-8" {
	cp "$SAVED" "$T/feed.xml"
	sed -i 's|<title>The Drift Contract: |<title>Über “The Drift Contract”: |' "$T/feed.xml"
	run -0 --separate-stderr cron sh -c "sfeed < '$T/feed.xml' | cut -f1-4,7,9 | papers learning > '$T/digest'"
	[ "$(cat "$T/digest")" = "2026-09-24  Über “The Drift Contract”: Spectral Updates for Depth-Robust Local Learning  https://arxiv.org/abs/2609.26811" ]
	run -0 --separate-stderr cron sh -c "$(cronline "$T/feed.xml" "mail -s 'papers: cs.LG' $MAILUSER")"
	[ "$stderr" = "" ]
	delivered
	[ "$(messages)" = 1 ]
	sed '/^$/q' "$MBOX" >"$T/headers"
	grep -qx 'Content-Type: text/plain; charset="UTF-8"' "$T/headers"
	grep -qx 'Content-Transfer-Encoding: 8bit' "$T/headers"
	sed '1,/^$/d' "$MBOX" >"$T/body"
	{ cat "$T/digest"; echo; } | cmp - "$T/body"
}
