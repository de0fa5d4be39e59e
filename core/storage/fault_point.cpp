// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/fault_point.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace tierscope::core {

void faultPoint(const char *name)
{
    // Read each time (a handful of calls per operation): a test may set it for one case.
    if (qgetenv("TIERSCOPE_FAULT_PAUSE") != name)
        return;
    const QString dir = qEnvironmentVariable("TIERSCOPE_FAULT_DIR");
    if (dir.isEmpty())
        return;
    const QString point = dir + u'/' + QString::fromLatin1(name);
    static QAtomicInt arrivals; // one file per arrival, also of threads of one process
    QFile reached(point + QStringLiteral(".reached.%1-%2")
                              .arg(QCoreApplication::applicationPid())
                              .arg(arrivals.fetchAndAddRelaxed(1)));
    if (reached.open(QIODevice::WriteOnly))
        reached.close();
    const QDeadlineTimer deadline(120'000);
    while (!QFileInfo::exists(point + QStringLiteral(".go")) && !deadline.hasExpired())
        QThread::msleep(10);
}

} // namespace tierscope::core
