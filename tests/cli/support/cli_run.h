// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the cli tests: running the real binary (or a helper program) as a user would, and the
// small file checks around such a run.
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace tierscope::test {

// How long a run may take before it is given up on (and reported as a crash, exit code -1).
inline constexpr int kDefaultRunTimeoutMs = 120'000;

struct Run
{
    int exitCode = -1; // -1 when the program crashed or did not finish in time
    QString out;
    QString err;
};

// The binary under test, as CTest passes it in TIERSCOPE_BIN ("" when unset).
QString tierscopeBinary();

// The environment every run gets: this process's, with LANG=C.UTF-8 (the binary then formats as
// en_US) and HOME in a temporary folder (never the user's real settings).
QProcessEnvironment cliEnvironment();

// Runs program with args in cliEnvironment() and waits for it to finish.
Run runProgram(const QString &program, const QStringList &args,
               int timeoutMs = kDefaultRunTimeoutMs);
// runProgram() of tierscopeBinary().
Run runTierscope(const QStringList &args, int timeoutMs = kDefaultRunTimeoutMs);

// SHA-256 of a file's bytes, as hex ("" when it cannot be read): to check a file was left as is.
QByteArray sha(const QString &path);
// The bytes of a file ("" when it cannot be read).
QByteArray readFile(const QString &path);
// Replaces the file with bytes; false when that fails.
bool writeFile(const QString &path, const QByteArray &bytes);
// How many creators the workspace file holds; -1 when it cannot be read.
qint64 creatorCount(const QString &workspace);
// Runs statements on a file as another program would (plain QSQLITE, no workspace logic);
// false, after a warning naming the statement, when one fails.
bool runSqlOnFile(const QString &path, const QStringList &statements);

} // namespace tierscope::test
