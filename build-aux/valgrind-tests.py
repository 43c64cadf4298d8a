#!/usr/bin/python3
# valgrind-tests.py: runs the tests of a meson suite under valgrind memcheck.
#
# Copyright 2026 The Relay authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   valgrind-tests.py [-j N] [--only NAME]... BUILDDIR SUITE
#
# Each test runs as `meson test` would run it (its command, environment and
# working folder, from `meson introspect --tests`), except that valgrind is
# put in front of our own test program, wherever it sits in the command:
# tests that run inside tests/servers/with-keyring.sh or /usr/bin/env get
# valgrind around the program, not around bash or env. The processes the
# test starts (the keyring, the SMTP and HTTPS servers) are not traced.
#
# memcheck uses GLib's suppressions and tests/valgrind.supp (third-party
# noise only), with G_SLICE=always-malloc and G_DEBUG=gc-friendly. A test
# fails when it fails by itself, or when valgrind finds an invalid read or
# write, a use of uninitialised memory, a bad free, or memory definitely
# lost. Prints a line per test and "N passed, N failed" last; the exit
# status is non-zero on any failure.

import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GLIB_SUPP = '/usr/share/glib-2.0/valgrind/glib.supp'
OUR_SUPP = os.path.join(TOP, 'tests', 'valgrind.supp')
# valgrind is 20 to 50 times slower than a plain run.
TIMEOUT_FACTOR = 30
VALGRIND_ERROR = 99


def is_our_program(path, builddir):
    if not os.path.isabs(path):
        path = os.path.join(builddir, path)
    path = os.path.realpath(path)
    if not path.startswith(os.path.realpath(builddir) + os.sep) or not os.path.isfile(path):
        return False
    with open(path, 'rb') as f:
        return f.read(4) == b'\x7fELF'


def valgrind_command(log_pattern):
    return ['valgrind', '--tool=memcheck', '--leak-check=full',
            '--show-leak-kinds=definite', '--errors-for-leak-kinds=definite',
            '--error-exitcode=%d' % VALGRIND_ERROR, '--num-callers=40',
            '--suppressions=' + GLIB_SUPP, '--suppressions=' + OUR_SUPP,
            '--gen-suppressions=all', '--log-file=' + log_pattern]


def summarize(log_files):
    errors = 0
    lost = 0
    for path in log_files:
        with open(path, errors='replace') as f:
            text = f.read()
        for m in re.finditer(r'ERROR SUMMARY: ([\d,]+) errors', text):
            errors += int(m.group(1).replace(',', ''))
        for m in re.finditer(r'definitely lost: ([\d,]+) bytes', text):
            lost += int(m.group(1).replace(',', ''))
    return errors, lost


def first_error(log_files):
    """The first error valgrind reported, for the summary."""
    for path in log_files:
        with open(path, errors='replace') as f:
            lines = f.read().splitlines()
        block = []
        for line in lines:
            text = re.sub(r'^==\d+== ?', '', line)
            if block and text == '':
                break
            if block or re.match(r'(Invalid|Conditional|Use of uninit|Syscall param|'
                                 r'Mismatched|.*definitely lost)', text):
                block.append('      ' + text)
        if block:
            return '\n'.join(block[:25])
    return ''


def run_test(test, builddir, logdir):
    name = test['name']
    cmd = list(test['cmd'])
    index = next((i for i, arg in enumerate(cmd) if is_our_program(arg, builddir)), None)
    if index is None:
        return name, False, 'no program of ours in the command: %s' % ' '.join(cmd), ''

    pattern = os.path.join(logdir, '%s.%%p.log' % name)
    cmd[index:index] = valgrind_command(pattern)

    env = dict(os.environ)
    env.update(test['env'])
    env['G_SLICE'] = 'always-malloc'
    # gc-friendly is what valgrind needs; fatal-warnings stays, as in the
    # ordinary run.
    flags = set(filter(None, env.get('G_DEBUG', '').split(',')))
    flags.add('gc-friendly')
    env['G_DEBUG'] = ','.join(sorted(flags))

    timeout = (test.get('timeout') or 120) * TIMEOUT_FACTOR
    start = time.monotonic()
    try:
        proc = subprocess.run(cmd, cwd=test.get('workdir') or builddir, env=env,
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=timeout)
        rc = proc.returncode
        output = proc.stdout.decode(errors='replace')
    except subprocess.TimeoutExpired as e:
        rc = None
        output = (e.stdout or b'').decode(errors='replace')
    elapsed = time.monotonic() - start

    logs = sorted(os.path.join(logdir, f) for f in os.listdir(logdir)
                  if f.startswith(name + '.') and f.endswith('.log'))
    with open(os.path.join(logdir, name + '.output'), 'w') as f:
        f.write(output)
    errors, lost = summarize(logs)

    if rc is None:
        verdict = 'timed out after %d s' % timeout
    elif rc == 77:
        verdict = 'skipped'
    elif rc == VALGRIND_ERROR or errors > 0:
        verdict = 'memory errors'
    elif rc != 0:
        verdict = 'failed (exit status %d)' % rc
    else:
        verdict = None

    line = '%s: %s (%.0f s; %d errors, %d bytes definitely lost)' % (
        name, verdict or 'ok', elapsed, errors, lost)
    detail = ''
    if verdict:
        detail = first_error(logs) or '\n'.join('      ' + l for l in output.splitlines()[-15:])
        detail += '\n      logs: %s/%s.*' % (logdir, name)
    return name, verdict is None, line, detail


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('-j', type=int, default=2, help='tests at once (default 2)')
    parser.add_argument('--only', action='append', help='run only this test (repeatable)')
    parser.add_argument('builddir')
    parser.add_argument('suite')
    args = parser.parse_args()

    builddir = os.path.abspath(args.builddir)
    tests = json.loads(subprocess.check_output(['meson', 'introspect', '--tests', builddir]))
    tests = [t for t in tests
             if any(s == args.suite or s.endswith(':' + args.suite) for s in t['suite'])]
    if args.only:
        tests = [t for t in tests if t['name'] in args.only]
    if not tests:
        print('No tests in suite %s' % args.suite)
        print('0 passed, 1 failed')
        return 1

    logdir = tempfile.mkdtemp(prefix='relay-valgrind.')
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as pool:
        futures = [pool.submit(run_test, t, builddir, logdir) for t in tests]
        for future in concurrent.futures.as_completed(futures):
            name, ok, line, detail = future.result()
            print('   ' + line, flush=True)
            if detail:
                print(detail, flush=True)
            if ok:
                passed += 1
            else:
                failed += 1

    print('valgrind logs: %s' % logdir)
    print('%d passed, %d failed' % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
