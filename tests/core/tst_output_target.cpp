// SPDX-License-Identifier: GPL-3.0-or-later
// OutputTarget::check(): where an export or a report may be written, and where never.
#include "core/io/output_target.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

using namespace tierscope::core;
using namespace Qt::StringLiterals;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray sqliteFile()
{
    QByteArray bytes("SQLite format 3\0", 16);
    bytes += QByteArray(4096 - 16, '\0');
    return bytes;
}

bool makeSymlink(const QString &target, const QString &name)
{
    return QFile::link(target, name);
}

bool hardLink(const QString &target, const QString &name)
{
    return ::link(QFile::encodeName(target).constData(), QFile::encodeName(name).constData()) == 0;
}

} // namespace

class TestOutputTarget : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_ws = m_dir->filePath(u"w.tierscope"_s);
        QVERIFY(write(m_ws, sqliteFile()));
        QVERIFY(QDir(m_dir->path()).mkdir(u"sub"_s));
        QVERIFY(write(m_dir->filePath(u"in.csv"_s), "handle\nanna\n"));
        QVERIFY(write(m_dir->filePath(u"old.csv"_s), "an old export\n"));
    }

    void check_refusesTheWorkspaceAndItsSideFiles_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addRow("the workspace") << u"w.tierscope"_s;
        QTest::addRow("./ and ..") << u"./sub/../w.tierscope"_s;
        QTest::addRow("-wal, not there yet") << u"w.tierscope-wal"_s;
        QTest::addRow("-shm, not there yet") << u"w.tierscope-shm"_s;
        QTest::addRow("-journal, not there yet") << u"w.tierscope-journal"_s;
        QTest::addRow("symbolic link to it") << u"@link"_s;
        QTest::addRow("dangling link to its journal") << u"@journal-link"_s;
        QTest::addRow("hard link to it") << u"#hard"_s;
        QTest::addRow("through a linked folder") << u"linked-folder/w.tierscope"_s;
    }
    void check_refusesTheWorkspaceAndItsSideFiles()
    {
        QFETCH(QString, target);
        QVERIFY(makeSymlink(m_ws, m_dir->filePath(u"@link"_s)));
        QVERIFY(makeSymlink(m_ws + u"-journal"_s, m_dir->filePath(u"@journal-link"_s)));
        QVERIFY(hardLink(m_ws, m_dir->filePath(u"#hard"_s)));
        QVERIFY(makeSymlink(m_dir->path(), m_dir->filePath(u"sub/../linked-folder"_s)));
        const QString path = m_dir->filePath(target);
        // Relative to the workspace's folder, as a user in it would type it, and absolute.
        const Status s = OutputTarget::check(path, m_ws);
        QVERIFY(s);
        QCOMPARE(s.code, Error::Code::Conflict);
        QVERIFY2(s.message.contains(u"workspace"), qPrintable(s.message));
        QVERIFY(!QFileInfo::exists(m_ws + u"-journal"_s)); // checking creates nothing
        const QString cwd = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir->path()));
        const Status relative = OutputTarget::check(target, u"./w.tierscope"_s);
        QDir::setCurrent(cwd);
        QVERIFY(relative);
        QCOMPARE(relative.code, Error::Code::Conflict);
    }

    void check_refusesAnyOtherDatabase()
    {
        const QString other = m_dir->filePath(u"backup.tierscope"_s);
        QVERIFY(write(other, sqliteFile()));
        const Status s = OutputTarget::check(other, m_ws);
        QVERIFY(s);
        QCOMPARE(s.code, Error::Code::Conflict);
        QVERIFY2(s.message.contains(u"SQLite database"), qPrintable(s.message));
        // Also with no workspace named at all.
        QVERIFY(OutputTarget::check(other, QString()));
    }

    void check_refusesAnInput()
    {
        const QString input = m_dir->filePath(u"in.csv"_s);
        const Status s = OutputTarget::check(input, m_ws, {input});
        QVERIFY(s);
        QCOMPARE(s.code, Error::Code::Conflict);
        QVERIFY2(s.message.contains(u"reads"), qPrintable(s.message));
        QVERIFY(hardLink(input, m_dir->filePath(u"in-too.csv"_s)));
        QVERIFY(OutputTarget::check(m_dir->filePath(u"in-too.csv"_s), m_ws, {input}));
    }

    void check_refusesFoldersAndSpecialFiles()
    {
        const Status folder = OutputTarget::check(m_dir->filePath(u"sub"_s), m_ws);
        QVERIFY(folder);
        QCOMPARE(folder.code, Error::Code::InvalidArgument);
        QVERIFY2(folder.message.contains(u"folder"), qPrintable(folder.message));

        const QString fifo = m_dir->filePath(u"pipe"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Status pipe = OutputTarget::check(fifo, m_ws);
        QVERIFY(pipe);
        QVERIFY2(pipe.message.contains(u"not a regular file"), qPrintable(pipe.message));
        QVERIFY(makeSymlink(fifo, m_dir->filePath(u"pipe-link"_s)));
        QVERIFY(OutputTarget::check(m_dir->filePath(u"pipe-link"_s), m_ws));

        const Status device = OutputTarget::check(u"/dev/null"_s, m_ws);
        QVERIFY(device);
        QVERIFY2(device.message.contains(u"not a regular file"), qPrintable(device.message));
    }

    void check_refusesALoopOfLinks()
    {
        QVERIFY(makeSymlink(m_dir->filePath(u"b"_s), m_dir->filePath(u"a"_s)));
        QVERIFY(makeSymlink(m_dir->filePath(u"a"_s), m_dir->filePath(u"b"_s)));
        QVERIFY(OutputTarget::check(m_dir->filePath(u"a"_s), m_ws));
    }

    void check_acceptsNewAndExistingRegularFiles()
    {
        QVERIFY(!OutputTarget::check(m_dir->filePath(u"new.csv"_s), m_ws));
        QVERIFY(!OutputTarget::check(m_dir->filePath(u"old.csv"_s), m_ws));
        QVERIFY(!OutputTarget::check(m_dir->filePath(u"w.tierscope.csv"_s), m_ws));
        QVERIFY(!OutputTarget::check(m_dir->filePath(u"sub/w.tierscope"_s), m_ws));
        QVERIFY(makeSymlink(m_dir->filePath(u"old.csv"_s), m_dir->filePath(u"old-link"_s)));
        QVERIFY(!OutputTarget::check(m_dir->filePath(u"old-link"_s), m_ws));
        QVERIFY(!OutputTarget::check(m_dir->filePath(u"in.csv"_s), m_ws, {}));
        QVERIFY(OutputTarget::isStandardOutput(u"-"_s));
        QVERIFY(!OutputTarget::isStandardOutput(u"./-"_s));
    }

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_ws;
};

QTEST_GUILESS_MAIN(TestOutputTarget)
#include "tst_output_target.moc"
