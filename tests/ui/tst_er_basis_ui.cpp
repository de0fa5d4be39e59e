// SPDX-License-Identifier: GPL-3.0-or-later
// The ER basis and the data-quality flag in the app (docs/ENGAGEMENT.md): the Creators table
// says each rate's basis and marks flagged creators, follows a change of basis, the filter panel
// hides flagged creators, the detail pane explains the flag, the settings dialog edits the
// basis as an undoable step recomputed on a worker, and the campaign PDF footnotes each flagged
// creator and says how ER is computed.
#include "core/storage/campaign_repository.h"
#include "core/storage/creator_repository.h"
#include "core/storage/settings_repository.h"
#include "tests/ui/support/ui_test_support.h"
#include "ui/commands/set_er_bases_command.h"
#include "ui/common/app_settings.h"
#include "ui/creators/creator_column.h"
#include "ui/creators/creator_detail_pane.h"
#include "ui/creators/creator_filter_codec.h"
#include "ui/creators/creator_filter_panel.h"
#include "ui/creators/creator_item_delegate.h"
#include "ui/creators/creator_table_model.h"
#include "ui/creators/creators_view.h"
#include "ui/insights/benchmarks_dialog.h"
#include "ui/insights/insights_view.h"
#include "ui/main/main_window.h"
#include "ui/main/navigation_sidebar.h"
#include "ui/report/campaign_plan_report.h"
#include "ui/report/campaign_report_data.h"
#include "ui/report/pdf_render_job.h"
#include "ui/report/report_page_setup.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace tierscope;
using namespace Qt::StringLiterals;
using core::ErBasis;
using core::Platform;

namespace {

// 3,000 likes on 1,000 followers: flagged; its ER by views 3,000 / 50,000 = 6 %.
core::Creator viral()
{
    core::Creator c;
    c.platform = Platform::TikTok;
    c.handle = u"viral.clips"_s;
    c.followers = 1'000;
    c.avgLikes = 3'000;
    c.avgViews = 50'000;
    c.country = u"US"_s;
    c.fee = core::Money(30'000, u"USD"_s);
    c.applyEngagement(std::nullopt, core::ErBases{});
    return c;
}

// 1,000 likes on 20,000 followers and 10,000 views: 10 % by views, 5 % by followers.
core::Creator steady()
{
    core::Creator c;
    c.platform = Platform::TikTok;
    c.handle = u"steady.dance"_s;
    c.followers = 20'000;
    c.avgLikes = 1'000;
    c.avgViews = 10'000;
    c.country = u"US"_s;
    c.applyEngagement(std::nullopt, core::ErBases{});
    return c;
}

core::ErBases tiktokByFollowers()
{
    core::ErBases b;
    b.tiktok = ErBasis::Followers;
    return b;
}

QString runTool(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(60'000);
    return p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
}

struct Workspace
{
    QTemporaryDir dir;
    std::unique_ptr<core::Workspace> ws;
    QHash<QString, qint64> ids;

    Workspace()
    {
        ws = test::openWorkspace(dir);
        core::CreatorRepository repo(ws->database(), ws->events());
        for (const core::Creator &c : {viral(), steady()})
            ids.insert(c.handle, repo.insert(c).value());
    }
};

// The row of a creator in a model sorted by handle.
int rowOf(const ui::CreatorTableModel &model, qint64 id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.idAt(row) == id)
            return row;
    }
    return -1;
}

} // namespace

class TestErBasisUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void table_saysTheBasisAndMarksFlaggedCreators()
    {
        Workspace w;
        ui::CreatorTableModel model;
        model.setCountsAsync(false);
        QAbstractItemModelTester tester(&model);
        model.setWorkspace(w.ws.get());
        model.sort(int(ui::CreatorColumn::Handle), Qt::AscendingOrder);
        const int er = int(ui::CreatorColumn::EngagementRate);
        const QString header = model.headerData(er, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(header.contains(u"Basis: Instagram by followers; TikTok, YouTube by views."_s),
                 qPrintable(header));

        const int viralRow = rowOf(model, w.ids.value(u"viral.clips"_s));
        const int steadyRow = rowOf(model, w.ids.value(u"steady.dance"_s));
        QVERIFY(viralRow >= 0 && steadyRow >= 0);
        const auto cell = [&](int row, int role) { return model.index(row, er).data(role); };
        QCOMPARE(cell(viralRow, ui::CreatorTableModel::QualityFlagsRole).toLongLong(), 1);
        QCOMPARE(cell(steadyRow, ui::CreatorTableModel::QualityFlagsRole).toLongLong(), 0);
        const QString viralTip = cell(viralRow, Qt::ToolTipRole).toString();
        QVERIFY2(viralTip.contains(u"ER by views"_s), qPrintable(viralTip));
        QVERIFY2(viralTip.contains(u"Engagement above followers: ER by followers is not "
                                   "meaningful here; ER by views is used."_s),
                 qPrintable(viralTip));
        QCOMPARE(cell(steadyRow, Qt::DisplayRole).toString(), u"10.00%"_s);
        QVERIFY(cell(steadyRow, Qt::ToolTipRole).toString().contains(u"/ avg views = 1,000 / 10,000"_s));

        // A change of basis: the rates, their tooltips and the header follow.
        QSignalSpy headerSpy(&model, &QAbstractItemModel::headerDataChanged);
        const core::Status set = core::SettingsRepository(w.ws->database(), w.ws->events())
                                     .setErBases(tiktokByFollowers());
        QVERIFY2(!set, qPrintable(set.message));
        QVERIFY(headerSpy.count() >= 1);
        QTRY_COMPARE(cell(rowOf(model, w.ids.value(u"steady.dance"_s)), Qt::DisplayRole).toString(),
                     u"5.00%"_s);
        QVERIFY(model.headerData(er, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(u"Basis: Instagram, TikTok by followers; YouTube by views."_s));
        // The flagged creator stays by views: its ER by followers would be 300 %.
        QCOMPARE(cell(rowOf(model, w.ids.value(u"viral.clips"_s)), Qt::DisplayRole).toString(),
                 u"6.00%"_s);
    }

    void table_paintsAFlagInTheErCellOfAFlaggedCreator()
    {
        Workspace w;
        ui::CreatorTableModel model;
        model.setCountsAsync(false);
        model.setWorkspace(w.ws.get());
        model.sort(int(ui::CreatorColumn::Handle), Qt::AscendingOrder);
        QTableView view;
        view.setItemDelegate(new ui::CreatorItemDelegate(&view));
        view.setModel(&model);
        view.resize(1400, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.viewport()->grab().toImage();
        const auto amberIn = [&](int row) {
            const QRect r = view.visualRect(model.index(row, int(ui::CreatorColumn::EngagementRate)));
            int amber = 0;
            for (int x = r.left(); x < r.left() + 20; ++x) {
                for (int y = r.top(); y <= r.bottom(); ++y) {
                    const QColor c = image.pixelColor(x * image.width() / view.viewport()->width(),
                                                      y * image.height() / view.viewport()->height());
                    amber += c.red() > c.blue() + 80 && c.green() > c.blue() + 30 ? 1 : 0;
                }
            }
            return amber;
        };
        QVERIFY(amberIn(rowOf(model, w.ids.value(u"viral.clips"_s))) > 5);
        QCOMPARE(amberIn(rowOf(model, w.ids.value(u"steady.dance"_s))), 0);
    }

    void filterPanel_hidesFlaggedCreators()
    {
        ui::CreatorFilterPanel panel;
        QSignalSpy spy(&panel, &ui::CreatorFilterPanel::filterChanged);
        auto *box = panel.findChild<QCheckBox *>(u"hideFlagged"_s);
        QVERIFY(box);
        QVERIFY(!panel.filter().hideFlagged);
        box->setChecked(true);
        QVERIFY(panel.filter().hideFlagged);
        QTRY_VERIFY(!spy.isEmpty());
        QVERIFY(spy.last().first().value<core::CreatorFilter>().hideFlagged);
        // Saved filters keep it.
        QVERIFY(ui::CreatorFilterCodec::fromMap(ui::CreatorFilterCodec::toMap(panel.filter()))
                    .hideFlagged);
        panel.clear();
        QVERIFY(!box->isChecked());
        core::CreatorFilter f;
        f.hideFlagged = true;
        panel.setFilter(f);
        QVERIFY(box->isChecked());

        // In the Creators table: one of the two is left.
        Workspace w;
        ui::CreatorTableModel model;
        model.setCountsAsync(false);
        QAbstractItemModelTester tester(&model);
        model.setWorkspace(w.ws.get());
        QCOMPARE(model.rowCount(), 2);
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), w.ids.value(u"steady.dance"_s));
    }

    void detailPane_explainsTheFlagAndBothRates()
    {
        ui::CreatorDetailPane pane;
        pane.resize(420, 900);
        pane.show();
        core::Creator c = viral();
        c.id = 5;
        pane.setCreator(&c, core::TierScheme());
        auto *flag = pane.findChild<QLabel *>(u"qualityFlag"_s);
        QVERIFY(flag);
        QVERIFY(flag->isVisible());
        QVERIFY2(flag->text().contains(u"ER by views is used"_s), qPrintable(flag->text()));
        QStringList texts;
        for (const QLabel *l : pane.findChildren<QLabel *>())
            texts << l->text();
        QVERIFY2(texts.contains(u"6.00% (ER by views)"_s), qPrintable(texts.join(u" | "_s)));
        QVERIFY(texts.contains(u"300.00%"_s)); // ER by followers, shown for what it is

        core::Creator plain = steady();
        plain.id = 6;
        pane.setCreator(&plain, core::TierScheme());
        QVERIFY(!flag->isVisible());
    }

    void dialog_editsTheBasisAndBenchmarksPerBasis()
    {
        core::TierScheme scheme;
        ui::BenchmarksDialog dialog(scheme, tiktokByFollowers());
        QCOMPARE(dialog.erBases(), tiktokByFollowers());
        QComboBox *youtube = dialog.erBasisField(Platform::YouTube);
        youtube->setCurrentIndex(youtube->findData(int(ErBasis::Followers)));
        core::ErBases expected = tiktokByFollowers();
        expected.youtube = ErBasis::Followers;
        QCOMPARE(dialog.erBases(), expected);
        QVERIFY(dialog.scheme() == scheme);

        // The page of benchmarks by views: an edit lands there only.
        dialog.benchmarkBasisChooser()->setCurrentIndex(
            dialog.benchmarkBasisChooser()->findData(int(ErBasis::Views)));
        QCOMPARE(dialog.rateField(core::Tier::Micro)->value(), 5.5);
        dialog.rateField(core::Tier::Micro)->setValue(6.5);
        core::TierScheme edited = scheme;
        edited.setBenchmark(core::Tier::Micro,
                            {0.065, scheme.benchmark(core::Tier::Micro, std::nullopt,
                                                     ErBasis::Views)->source},
                            ErBasis::Views);
        QVERIFY(dialog.scheme() == edited);
        QCOMPARE(dialog.scheme().benchmark(core::Tier::Micro)->engagementRate, 0.07);
        // YouTube's own benchmark by views is a default, shown ticked.
        dialog.platformChooser()->setCurrentIndex(
            dialog.platformChooser()->findData(int(Platform::YouTube)));
        QVERIFY(dialog.overrideBox(core::Tier::Micro)->isChecked());
        QCOMPARE(dialog.rateField(core::Tier::Micro)->value(), 4.5);
    }

    // OK in the settings dialog: one undo step, recomputed on a worker; undo restores the rates.
    void insights_appliesTheBasisAsAnUndoStepOnAWorker()
    {
        QTemporaryDir dir;
        ui::AppSettings settings{dir.filePath(u"settings.ini"_s)};
        {
            auto ws = test::openWorkspace(dir, u"in"_s);
            core::CreatorRepository repo(ws->database());
            QVERIFY(repo.insert(steady()).ok());
        }
        ui::MainWindow window(&settings);
        window.resize(1200, 800);
        window.show();
        window.openWorkspace(dir.filePath(u"in.tierscope"_s));
        ui::CreatorTableModel *model = window.creatorsView()->model();
        const auto steadyEr = [&] {
            return core::CreatorRepository(window.workspace()->database())
                .findByHandle(Platform::TikTok, u"steady.dance"_s)
                .value()
                .engagementRate;
        };
        QCOMPARE(steadyEr(), std::optional<double>(0.1));
        QUndoStack *stack = window.undoStack();
        const int steps = stack->count();

        window.insightsView()->applyErBases(tiktokByFollowers());
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(stack->undoText(), u"Change ER Basis"_s);
        QCOMPARE(core::SettingsRepository(window.workspace()->database()).erBases().value(),
                 tiktokByFollowers());
        QCOMPARE(steadyEr(), std::optional<double>(0.05));
        QTRY_VERIFY(model->headerData(int(ui::CreatorColumn::EngagementRate), Qt::Horizontal,
                                      Qt::ToolTipRole)
                        .toString()
                        .contains(u"TikTok by followers"_s));

        stack->undo();
        QCOMPARE(core::SettingsRepository(window.workspace()->database()).erBases().value(),
                 core::ErBases{});
        QCOMPARE(steadyEr(), std::optional<double>(0.1));
        stack->redo();
        QCOMPARE(steadyEr(), std::optional<double>(0.05));

        // The same bases again: no step.
        window.insightsView()->applyErBases(tiktokByFollowers());
        QCOMPARE(stack->count(), steps + 1);
    }

    void command_cancelledRedoLeavesNoStep()
    {
        Workspace w;
        QUndoStack stack;
        stack.push(new ui::SetErBasesCommand(
            *w.ws, core::ErBases{}, tiktokByFollowers(),
            [](const core::ErBases &, bool) {
                return core::Status{core::Error::Code::Cancelled, u"Cancelled."_s};
            }));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(core::SettingsRepository(w.ws->database()).erBases().value(), core::ErBases{});
    }

    void campaignPdf_footnotesFlaggedCreatorsAndSaysHowErIsComputed()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("poppler-utils are not installed");
        Workspace w;
        core::CampaignRepository campaigns(w.ws->database());
        core::Campaign k;
        k.name = u"Spring launch"_s;
        k.budget = core::Money(500'000, u"USD"_s);
        const qint64 id = campaigns.create(k).value();
        for (const qint64 creator : w.ids) {
            core::RosterEntry e;
            e.campaignId = id;
            e.creatorId = creator;
            QVERIFY(campaigns.addEntry(e).ok());
        }
        const auto data = ui::loadCampaignReportData(w.ws->database(), id);
        QVERIFY2(data.ok(), qPrintable(data ? QString() : data.error().message));
        ui::ReportDocument doc = ui::CampaignPlanReport::build(*data, QDate(2027, 3, 1));
        doc.layout(ui::ReportPageSetup(QPageSize::A4));
        QTemporaryDir out;
        const QString pdf = out.filePath(u"plan.pdf"_s);
        QVERIFY(!ui::PdfRenderJob::write(doc, pdf));
        const QString text =
            runTool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}).simplified();
        QVERIFY(!text.isEmpty());
        QVERIFY2(text.contains(u"⚑ @viral.clips: Engagement above followers: ER by followers is "
                               "not meaningful here; ER by views is used."_s),
                 qPrintable(text));
        QVERIFY(!text.contains(u"@steady.dance: Engagement above"_s));
        QVERIFY2(text.contains(u"This workspace's basis: Instagram by followers; TikTok, "
                               "YouTube by views."_s),
                 qPrintable(text));
        // (The paragraph may run over a page break, page footer in between.)
        QVERIFY2(text.contains(u"Benchmarks of"_s)
                     && text.contains(u"their own: YouTube (by views)."_s),
                 qPrintable(text.mid(text.indexOf(u"Tiers by followers"_s))));
        QVERIFY(text.contains(u"deliverables × average views × ER for an ER by views"_s));
    }
};

QTEST_MAIN(TestErBasisUi)
#include "tst_er_basis_ui.moc"
