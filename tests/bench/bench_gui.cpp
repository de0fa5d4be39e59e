// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up time and peak memory of the GUI over a workspace (DESIGN.md §7: a shown main window
// in ≤ 1 s; ≤ 250 MB resident with 1,000,000 creators open and scrolled to the end):
//   bench_gui WORKSPACE.tierscope
// Start-up is measured from the process's start (kernel start time, so loading the Qt libraries
// counts) to the main window's first paint with the workspace open. Then the Creators table is
// scrolled to the end and back through the middle as a user would drag the scroll bar, and the
// peak resident set (VmHWM) is read. Runs on the platform QT_QPA_PLATFORM names (offscreen when
// unset), so it needs no display.
#include "core/storage/workspace.h"
#include "ui/common/app_settings.h"
#include "ui/creators/creator_table_model.h"
#include "ui/creators/creators_view.h"
#include "ui/main/main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

#include <unistd.h>

using namespace tierscope;

namespace {

// Milliseconds since this process started, from /proc (field 22: start time in clock ticks
// since boot) and CLOCK_BOOTTIME.
double msSinceProcessStart()
{
    QFile f(QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields[19].toDouble(); // field 22 overall
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1e3 / double(sysconf(_SC_CLK_TCK));
}

qint64 statusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString verdict(double value, double bar)
{
    return value <= bar ? QStringLiteral("PASS") : QStringLiteral("FAIL");
}

// Notes the first paint of a widget.
class PaintWatch : public QObject
{
public:
    bool painted = false;
    double atMs = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            atMs = msSinceProcessStart();
        }
        return QObject::eventFilter(watched, event);
    }
};

void settle(ui::CreatorTableModel *model, int maxMs = 30'000)
{
    QElapsedTimer t;
    t.start();
    do {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    } while ((model->isCounting() || !model->hasSnapshot()) && t.elapsed() < maxMs);
    QApplication::processEvents();
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        print(QStringLiteral("usage: bench_gui WORKSPACE.tierscope"));
        return 2;
    }
    QTemporaryDir dir; // settings of our own: no restored geometry or filters from a user
    ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::MainWindow window(&settings);
    PaintWatch watch;
    window.installEventFilter(&watch);
    if (!window.openWorkspace(QString::fromLocal8Bit(argv[1])))
        return 1;
    window.resize(1400, 900);
    window.show();
    QElapsedTimer wait;
    wait.start();
    while (!watch.painted && wait.elapsed() < 10'000)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    const double startMs = watch.atMs;
    print(QStringLiteral("workspace: %1").arg(QString::fromLocal8Bit(argv[1])));
    print(QStringLiteral("start-up to a painted main window                  %1 ms  %2 (bar 1000 ms)")
              .arg(startMs, 8, 'f', 1)
              .arg(verdict(startMs, 1000)));

    ui::CreatorTableModel *model = window.creatorsView()->model();
    settle(model);
    print(QStringLiteral("creators: %1, rows shown: %2").arg(model->totalCount()).arg(model->rowCount()));
    QTableView *table = window.creatorsView()->table();
    QScrollBar *bar = table->verticalScrollBar();
    // Drag the scroll bar down in 200 steps, painting each position, then to the end and back
    // to the middle.
    QElapsedTimer scroll;
    scroll.start();
    for (int i = 1; i <= 200; ++i) {
        bar->setValue(int(qint64(bar->maximum()) * i / 200));
        table->viewport()->repaint();
        QApplication::processEvents();
    }
    table->scrollToBottom();
    table->viewport()->repaint();
    bar->setValue(bar->maximum() / 2);
    table->viewport()->repaint();
    QApplication::processEvents();
    const double scrollMs = double(scroll.nsecsElapsed()) / 1e6;
    const double peakMb = double(statusKb("VmHWM:")) / 1024.0;
    print(QStringLiteral("scrolled top to end in 200 painted steps: %1 ms (%2 ms a step)")
              .arg(scrollMs, 0, 'f', 0)
              .arg(scrollMs / 202, 0, 'f', 1));
    print(QStringLiteral("peak resident memory, open and scrolled to the end  %1 MB  %2 (bar 250 MB)")
              .arg(peakMb, 8, 'f', 1)
              .arg(verdict(peakMb, 250)));
    return 0;
}
