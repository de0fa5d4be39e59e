// SPDX-License-Identifier: GPL-3.0-or-later
// File › Export PDF's flow in the window: the paper chosen is the paper written, the file
// appears only when complete, and the window reports the result.
#include "core/demo/demo_workspace.h"
#include "core/storage/campaign_repository.h"
#include "core/storage/workspace.h"
#include "ui/common/app_settings.h"
#include "ui/main/main_window.h"
#include "ui/report/report_flow.h"
#include "ui/report/report_request.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tierscope;

namespace {

// The first page's size as the PDF states it ("/MediaBox [0 0 w h]").
QString mediaBox(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    const qsizetype at = bytes.indexOf("/MediaBox");
    if (at < 0)
        return {};
    const qsizetype end = bytes.indexOf(']', at);
    return QString::fromLatin1(bytes.mid(at, end - at + 1)).simplified();
}

} // namespace

class TestReportFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void export_writesThePaperChosen_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("box");
        QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("/MediaBox [0 0 595.000000 842.000000]");
        QTest::newRow("Letter") << int(QPageSize::Letter)
                                << QStringLiteral("/MediaBox [0 0 612.000000 792.000000]");
    }

    void export_writesThePaperChosen()
    {
        QFETCH(int, paper);
        QFETCH(QString, box);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.tierscope"));
        qint64 campaignId = 0;
        {
            auto ws = core::Workspace::open(path);
            QVERIFY(ws);
            core::DemoOptions options;
            options.creators = 2'000;
            QVERIFY(!core::writeDemoWorkspace(**ws, options));
            const auto campaign = core::CampaignRepository((*ws)->database())
                                      .findByNameOrId(QStringLiteral("Spring Launch 2027"));
            QVERIFY(campaign);
            campaignId = campaign->id;
        }
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow window(&settings);
        QVERIFY(window.openWorkspace(path));
        ui::ReportFlow *flow = window.reportFlow();
        QSignalSpy finished(flow, &ui::ReportFlow::finished);
        ui::ReportRequest request;
        request.kind = ui::ReportRequest::Kind::Campaign;
        request.id = campaignId;
        request.name = QStringLiteral("Spring Launch 2027");
        const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
        flow->startExport(request, pdf, QPageSize::PageSizeId(paper));
        QVERIFY(flow->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(1).toString(), pdf);
        QVERIFY(!flow->isRunning());
        QCOMPARE(mediaBox(pdf), box);
    }
};

QTEST_MAIN(TestReportFlow)
#include "tst_report_flow.moc"
