// SPDX-License-Identifier: GPL-3.0-or-later
// The Campaigns page in a main window on a known workspace: list, brief, roster table and
// pipeline board on one model (drops between columns), deliverables with overdue flags under a
// fixed clock, budget figures and over-budget, the fill-the-budget helper; every edit undone and
// redone.
#include "core/common/clock.h"
#include "core/common/display_format.h"
#include "core/storage/campaign_repository.h"
#include "core/storage/creator_repository.h"
#include "core/storage/shortlist_repository.h"
#include "tests/ui/support/ui_test_support.h"
#include "ui/campaigns/budget_panel.h"
#include "ui/campaigns/campaign_brief_form.h"
#include "ui/campaigns/campaign_document.h"
#include "ui/campaigns/campaign_editor.h"
#include "ui/campaigns/campaign_list_model.h"
#include "ui/campaigns/campaign_text.h"
#include "ui/campaigns/campaigns_view.h"
#include "ui/campaigns/deliverable_model.h"
#include "ui/campaigns/deliverables_pane.h"
#include "ui/campaigns/fill_budget_dialog.h"
#include "ui/campaigns/pipeline_board.h"
#include "ui/campaigns/roster_model.h"
#include "ui/campaigns/roster_pane.h"
#include "ui/campaigns/stage_column_view.h"
#include "ui/common/app_settings.h"
#include "ui/common/message_box.h"
#include "ui/common/multi_select_button.h"
#include "ui/main/main_window.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace tierscope;
using core::Stage;

namespace {

QString usd(qint64 minor)
{
    return core::Money(minor, QStringLiteral("USD")).format();
}

// A window on the twelve known creators, the campaign "Launch" ($1,000; 1 Mar – 30 Apr 2027)
// with @anna.fit (prospect, $420), @ben.cooks (contracted, $150, paid; a reel due 10 Mar) and
// @eva.vegan (negotiating, $80), and the shortlist "Spring". Today is 15 Mar 2027.
struct Fixture
{
    QTemporaryDir dir;
    ui::AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    core::FixedClock clock{QDateTime(QDate(2027, 3, 15), QTime(12, 0))};
    QHash<QString, qint64> ids;    // handle → creator id
    QHash<QString, qint64> entries; // handle → roster entry id
    qint64 launch = 0;
    qint64 reel = 0;
    qint64 spring = 0;
    std::unique_ptr<ui::MainWindow> window;

    Fixture()
    {
        {
            auto ws = test::openWorkspace(dir, QStringLiteral("camp"));
            ids = test::addKnownCreators(*ws);
            core::CampaignRepository repo(ws->database());
            core::Campaign c;
            c.name = QStringLiteral("Launch");
            c.brand = QStringLiteral("Northwind");
            c.budget = core::Money(100'000, QStringLiteral("USD"));
            c.startsOn = QDate(2027, 3, 1);
            c.endsOn = QDate(2027, 4, 30);
            launch = *repo.create(c);
            const auto add = [&](const QString &handle, Stage stage, qint64 fee,
                                 core::PaymentState pay = core::PaymentState::Unpaid) {
                core::RosterEntry e;
                e.campaignId = launch;
                e.creatorId = ids.value(handle);
                e.stage = stage;
                e.fee = core::Money(fee, QStringLiteral("USD"));
                e.paymentState = pay;
                entries.insert(handle, *repo.addEntry(e));
            };
            add(QStringLiteral("anna.fit"), Stage::Prospect, 42'000);
            add(QStringLiteral("ben.cooks"), Stage::Contracted, 15'000, core::PaymentState::Paid);
            add(QStringLiteral("eva.vegan"), Stage::Negotiating, 8'000);
            core::Deliverable d;
            d.rosterEntryId = entries.value(QStringLiteral("ben.cooks"));
            d.kind = core::DeliverableKind::Reel;
            d.dueOn = QDate(2027, 3, 10);
            reel = *repo.addDeliverable(d);
            core::ShortlistRepository lists(ws->database());
            spring = *lists.create(core::Shortlist{0, QStringLiteral("Spring"), {}, {}, {}, 0});
            lists.addCreators(spring, {ids.value(QStringLiteral("hugo.games")),
                                       ids.value(QStringLiteral("leo.vegan.eats")),
                                       ids.value(QStringLiteral("jon.diy")),
                                       ids.value(QStringLiteral("gia.style")),
                                       ids.value(QStringLiteral("anna.fit"))});
        }
        window = std::make_unique<ui::MainWindow>(&settings);
        window->resize(1400, 900);
        view().setClock(&clock);
        window->show();
        window->openWorkspace(dir.filePath(QStringLiteral("camp.tierscope")));
        view().setCurrentCampaign(launch);
    }
    ui::CampaignsView &view() { return *window->campaignsView(); }
    ui::CampaignDocument &doc() { return *view().document(); }
    ui::RosterModel &roster() { return *view().rosterPane()->model(); }
    ui::PipelineBoard &board() { return *view().rosterPane()->board(); }
    QUndoStack &undo() { return *window->undoStack(); }
    core::CampaignRepository repo() const
    {
        return core::CampaignRepository(window->workspace()->database(),
                                        window->workspace()->events());
    }
    Stage storedStage(const QString &handle) const
    {
        return repo().entry(entries.value(handle))->stage;
    }
    int rowOf(const QString &handle) { return roster().rowOf(entries.value(handle)); }
};

} // namespace

class TestCampaignsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ui::MessageBox::setAutoAnswers({});
    }
    void init() { ui::MessageBox::clearShown(); }

    void page_fitsASmallWindow()
    {
        Fixture f;
        // The page must not force the window wider than a laptop screen's half.
        QVERIFY2(f.view().minimumSizeHint().width() <= 900,
                 qPrintable(QString::number(f.view().minimumSizeHint().width())));
    }

    void list_showsCampaignsWithCommittedShare()
    {
        Fixture f;
        ui::CampaignListModel &list = *f.view().listModel();
        QAbstractItemModelTester tester(&list);
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.index(0, ui::CampaignListModel::Name).data().toString(),
                 QStringLiteral("Launch · Northwind"));
        QCOMPARE(list.index(0, ui::CampaignListModel::Status).data().toString(),
                 QStringLiteral("Active"));
        QCOMPARE(list.index(0, ui::CampaignListModel::Budget).data().toString(), usd(100'000));
        // Committed: ben's $150 (contracted) of $1,000.
        QCOMPARE(list.index(0, ui::CampaignListModel::Committed).data().toString(),
                 core::format::percent(0.15, 0));
        QCOMPARE(f.view().currentCampaignId(), f.launch);
    }

    void roster_tableAndBoardShowTheSameEntries()
    {
        Fixture f;
        QAbstractItemModelTester tester(&f.roster());
        QCOMPARE(f.roster().rowCount(), 3);
        const int ben = f.rowOf(QStringLiteral("ben.cooks"));
        QCOMPARE(f.roster().index(ben, ui::RosterModel::Creator).data().toString(),
                 QStringLiteral("@ben.cooks"));
        QCOMPARE(f.roster().index(ben, ui::RosterModel::Stage).data().toString(),
                 core::stageDisplayName(Stage::Contracted));
        QCOMPARE(f.roster().index(ben, ui::RosterModel::Fee).data().toString(), usd(15'000));
        QCOMPARE(f.board().column(Stage::Prospect)->model()->rowCount(), 1);
        QCOMPARE(f.board().column(Stage::Negotiating)->model()->rowCount(), 1);
        QCOMPARE(f.board().column(Stage::Contracted)->model()->rowCount(), 1);
        QCOMPARE(f.board().column(Stage::Contracted)->model()->index(0, 0).data().toString(),
                 QStringLiteral("@ben.cooks"));
        QCOMPARE(f.board().column(Stage::Completed)->model()->rowCount(), 0);
    }

    void board_dropOnColumnMovesStageAndUndoRestores()
    {
        Fixture f;
        const qint64 anna = f.entries.value(QStringLiteral("anna.fit"));
        QVERIFY(f.board().column(Stage::Contracted)->dropEntries({anna}));
        QCOMPARE(f.storedStage(QStringLiteral("anna.fit")), Stage::Contracted);
        QCOMPARE(f.board().column(Stage::Prospect)->model()->rowCount(), 0);
        QCOMPARE(f.board().column(Stage::Contracted)->model()->rowCount(), 2);
        QCOMPARE(f.roster().index(f.rowOf(QStringLiteral("anna.fit")), ui::RosterModel::Stage)
                     .data().toString(),
                 core::stageDisplayName(Stage::Contracted));
        QCOMPARE(f.doc().budget().total.committedMinor, 57'000);
        QCOMPARE(f.undo().undoText(), QStringLiteral("Move @anna.fit to Contracted"));

        f.undo().undo();
        QCOMPARE(f.storedStage(QStringLiteral("anna.fit")), Stage::Prospect);
        QCOMPARE(f.board().column(Stage::Prospect)->model()->rowCount(), 1);
        QCOMPARE(f.doc().budget().total.committedMinor, 15'000);
        f.undo().redo();
        QCOMPARE(f.storedStage(QStringLiteral("anna.fit")), Stage::Contracted);
        // A drop on the column it is in already is no step.
        const int steps = f.undo().count();
        QVERIFY(!f.board().column(Stage::Contracted)->dropEntries({anna}));
        QCOMPARE(f.undo().count(), steps);
    }

    void board_dragEventsBetweenColumnsMoveTheCard()
    {
        Fixture f;
        ui::StageColumnView *from = f.board().column(Stage::Negotiating);
        ui::StageColumnView *to = f.board().column(Stage::Declined);
        // The drag carries what the model packs for the card being dragged.
        std::unique_ptr<QMimeData> mime(from->model()->mimeData({from->model()->index(0, 0)}));
        QVERIFY(mime);
        QCOMPARE(ui::RosterModel::entryIds(mime.get()),
                 (QList<qint64>{f.entries.value(QStringLiteral("eva.vegan"))}));
        const QPoint at = to->viewport()->rect().center();
        const Qt::DropActions offered = from->model()->supportedDragActions();
        QDragEnterEvent enter(at, offered, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(to->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), offered, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(to->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(drop.dropAction(), Qt::CopyAction); // the source removes nothing itself
        QCOMPARE(f.storedStage(QStringLiteral("eva.vegan")), Stage::Declined);
        QCOMPARE(from->model()->rowCount(), 0);
        QCOMPARE(to->model()->rowCount(), 1);
        // Declined leaves the pipeline: planned drops by eva's $80.
        QCOMPARE(f.doc().budget().total.plannedMinor, 57'000);
        f.undo().undo();
        QCOMPARE(f.storedStage(QStringLiteral("eva.vegan")), Stage::Negotiating);
        QCOMPARE(f.doc().budget().total.plannedMinor, 65'000);

        // Other data (a creator drag) is not for the board.
        QMimeData other;
        other.setText(QStringLiteral("hello"));
        QDragEnterEvent refused(at, Qt::MoveAction, &other, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(to->viewport(), &refused);
        QVERIFY(!refused.isAccepted());
    }

    void overdue_flaggedAgainstTheInjectedClock()
    {
        Fixture f;
        const int ben = f.rowOf(QStringLiteral("ben.cooks"));
        QCOMPARE(f.roster().index(ben, 0).data(ui::RosterModel::OverdueRole).toInt(), 1);
        QCOMPARE(f.doc().overdueCount(), 1);
        ui::DeliverablesPane &pane = *f.view().rosterPane()->deliverables();
        pane.setEntry(f.entries.value(QStringLiteral("ben.cooks")));
        ui::DeliverableModel &model = *pane.model();
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, ui::DeliverableModel::Due).data(ui::DeliverableModel::OverdueRole).toBool());

        // The day before it is due nothing is late.
        f.clock.set(QDateTime(QDate(2027, 3, 9), QTime(12, 0)));
        f.view().setClock(&f.clock);
        QCOMPARE(f.roster().index(ben, 0).data(ui::RosterModel::OverdueRole).toInt(), 0);
        QVERIFY(!model.index(0, ui::DeliverableModel::Due).data(ui::DeliverableModel::OverdueRole).toBool());

        // Late again, then published: no longer overdue; undo brings the flag back.
        f.clock.set(QDateTime(QDate(2027, 3, 20), QTime(12, 0)));
        f.view().setClock(&f.clock);
        QCOMPARE(f.doc().overdueCount(), 1);
        QVERIFY(model.setData(model.index(0, ui::DeliverableModel::Status),
                              int(core::DeliverableStatus::Published)));
        QCOMPARE(f.repo().deliverable(f.reel)->status, core::DeliverableStatus::Published);
        QCOMPARE(f.repo().deliverable(f.reel)->publishedOn, QDate(2027, 3, 20));
        QCOMPARE(f.doc().overdueCount(), 0);
        f.undo().undo();
        QCOMPARE(f.repo().deliverable(f.reel)->status, core::DeliverableStatus::Planned);
        QVERIFY(!f.repo().deliverable(f.reel)->publishedOn.isValid());
        QCOMPARE(f.doc().overdueCount(), 1);
    }

    void deliverables_addEditResultsRemove_undoRestoresExactly()
    {
        Fixture f;
        ui::DeliverablesPane &pane = *f.view().rosterPane()->deliverables();
        const qint64 anna = f.entries.value(QStringLiteral("anna.fit"));
        pane.setEntry(anna);
        ui::DeliverableModel &model = *pane.model();
        QCOMPARE(model.rowCount(), 0);
        QTest::mouseClick(pane.addButton(), Qt::LeftButton);
        QCOMPARE(model.rowCount(), 1);
        const core::Deliverable added = *model.deliverableAt(0);
        QCOMPARE(added.kind, core::DeliverableKind::Reel); // Instagram
        QCOMPARE(added.dueOn, QDate(2027, 3, 22));           // a week from today
        // Results: views and revenue.
        QVERIFY(model.setData(model.index(0, ui::DeliverableModel::Views), QStringLiteral("12000")));
        QVERIFY(model.setData(model.index(0, ui::DeliverableModel::Revenue), QStringLiteral("99.50")));
        QCOMPARE(f.repo().deliverable(added.id)->actuals.views, std::optional<qint64>(12'000));
        QCOMPARE(f.repo().deliverable(added.id)->actuals.revenue->minor(), 9'950);
        QVERIFY(!model.setData(model.index(0, ui::DeliverableModel::Likes), QStringLiteral("-3")));
        QVERIFY(!model.setData(model.index(0, ui::DeliverableModel::Likes), QStringLiteral("lots")));
        const core::Deliverable edited = *f.repo().deliverable(added.id);
        pane.table()->setCurrentIndex(model.index(0, 0));
        QTest::mouseClick(pane.removeButton(), Qt::LeftButton);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!f.repo().deliverable(added.id));

        f.undo().undo(); // remove
        QCOMPARE(*f.repo().deliverable(added.id), edited);
        f.undo().undo(); // revenue
        f.undo().undo(); // views
        QCOMPARE(*f.repo().deliverable(added.id), added);
        f.undo().undo(); // add
        QCOMPARE(model.rowCount(), 0);
        f.undo().redo();
        QCOMPARE(*f.repo().deliverable(added.id), added); // same id back
    }

    void fee_editInTable_overBudgetShownInRedWithAmount()
    {
        Fixture f;
        ui::BudgetPanel &panel = *f.view().budgetPanel();
        QVERIFY(panel.overBudget()->isHidden());
        QCOMPARE(f.doc().budget().remainingMinor(), 85'000);
        const QModelIndex fee = f.roster().index(f.rowOf(QStringLiteral("ben.cooks")),
                                                 ui::RosterModel::Fee);
        QCOMPARE(fee.data(Qt::EditRole).toString(), QStringLiteral("150.00"));
        QVERIFY(f.roster().setData(fee, QStringLiteral("1200")));
        QCOMPARE(f.repo().entry(f.entries.value(QStringLiteral("ben.cooks")))->fee->minor(), 120'000);
        QCOMPARE(f.doc().budget().total.committedMinor, 120'000);
        QCOMPARE(f.doc().budget().remainingMinor(), -20'000);
        QVERIFY(!panel.overBudget()->isHidden());
        QVERIFY(panel.overBudget()->text().contains(usd(20'000)));
        QCOMPARE(panel.overBudget()->palette().color(QPalette::WindowText),
                 ui::CampaignText::alertColor());
        QCOMPARE(panel.overBudget()->textFormat(), Qt::PlainText);
        f.undo().undo();
        QCOMPARE(f.doc().budget().total.committedMinor, 15'000);
        QVERIFY(panel.overBudget()->isHidden());
        // Not an amount: refused, nothing written.
        const int steps = f.undo().count();
        QVERIFY(!f.roster().setData(fee, QStringLiteral("a lot")));
        QCOMPARE(f.undo().count(), steps);
    }

    void budget_figuresAndSplitByTier()
    {
        Fixture f;
        const core::BudgetSummary &b = f.doc().budget();
        QCOMPARE(b.total.plannedMinor, 65'000);
        QCOMPARE(b.total.committedMinor, 15'000);
        QCOMPARE(b.total.paidMinor, 15'000);
        QCOMPARE(b.byTier.value(core::Tier::Micro).plannedMinor, 57'000); // anna + ben
        QCOMPARE(b.byTier.value(core::Tier::Nano).plannedMinor, 8'000);   // eva
        ui::BudgetPanel &panel = *f.view().budgetPanel();
        const QString figures = panel.figures()->text();
        QVERIFY2(figures.contains(usd(65'000)) && figures.contains(usd(85'000)), qPrintable(figures));
        // Split rows: Nano, Micro, Instagram, TikTok, Total.
        QTableWidget *split = panel.split();
        QCOMPARE(split->item(split->rowCount() - 1, 2)->text(), usd(65'000));
    }

    void payment_andStageEditsInTableAreUndoable()
    {
        Fixture f;
        const int eva = f.rowOf(QStringLiteral("eva.vegan"));
        QVERIFY(f.roster().setData(f.roster().index(eva, ui::RosterModel::Payment),
                                   int(core::PaymentState::Invoiced)));
        QVERIFY(f.roster().setData(f.roster().index(eva, ui::RosterModel::Stage),
                                   int(Stage::Contracted)));
        QCOMPARE(f.repo().entry(f.entries.value(QStringLiteral("eva.vegan")))->paymentState,
                 core::PaymentState::Invoiced);
        QCOMPARE(f.storedStage(QStringLiteral("eva.vegan")), Stage::Contracted);
        f.undo().undo();
        f.undo().undo();
        QCOMPARE(f.repo().entry(f.entries.value(QStringLiteral("eva.vegan")))->paymentState,
                 core::PaymentState::Unpaid);
        QCOMPARE(f.storedStage(QStringLiteral("eva.vegan")), Stage::Negotiating);
    }

    void roster_addAndRemoveCreators_undoRestoresDeliverables()
    {
        Fixture f;
        const qint64 leo = f.ids.value(QStringLiteral("leo.vegan.eats"));
        const qint64 ben = f.ids.value(QStringLiteral("ben.cooks"));
        // ben is on it already: only leo joins, with his quoted fee as the planned fee.
        QCOMPARE(f.view().addCreators(f.launch, {leo, ben}), 1);
        QCOMPARE(f.roster().rowCount(), 4);
        const auto entries = *f.repo().entries(f.launch);
        QCOMPARE(entries.last().creatorId, leo);
        QCOMPARE(entries.last().fee->minor(), 25'000);
        QCOMPARE(entries.last().stage, Stage::Prospect);
        f.undo().undo();
        QCOMPARE(f.roster().rowCount(), 3);

        // Removing ben takes his reel along; undo puts both back as they were.
        const auto before = *f.repo().snapshot(f.launch);
        f.view().rosterPane()->table()->selectRow(f.rowOf(QStringLiteral("ben.cooks")));
        f.view().rosterPane()->removeAction()->trigger();
        QCOMPARE(f.roster().rowCount(), 2);
        QVERIFY(!f.repo().deliverable(f.reel));
        f.undo().undo();
        auto after = *f.repo().snapshot(f.launch);
        after.campaign.updatedAt = before.campaign.updatedAt;
        QCOMPARE(after, before);
    }

    void brief_saveIsOneUndoStep()
    {
        Fixture f;
        ui::CampaignBriefForm &form = *f.view().briefForm();
        QVERIFY(!form.saveButton()->isEnabled());
        form.nameEdit()->setText(QStringLiteral("Launch 2027"));
        form.budgetEdit()->setText(QStringLiteral("1500"));
        QVERIFY(form.saveButton()->isEnabled());
        QTest::mouseClick(form.saveButton(), Qt::LeftButton);
        auto stored = *f.repo().get(f.launch);
        QCOMPARE(stored.name, QStringLiteral("Launch 2027"));
        QCOMPARE(stored.budget.minor(), 150'000);
        QCOMPARE(f.doc().budget().remainingMinor(), 135'000);
        QVERIFY(!form.saveButton()->isEnabled());
        f.undo().undo();
        stored = *f.repo().get(f.launch);
        QCOMPARE(stored.name, QStringLiteral("Launch"));
        QCOMPARE(stored.budget.minor(), 100'000);
        QCOMPARE(form.nameEdit()->text(), QStringLiteral("Launch"));
        // A currency that is not a code cannot be saved.
        form.currencyEdit()->setText(QStringLiteral("US"));
        QVERIFY(!form.saveButton()->isEnabled());
    }

    // The brief's target choices read as labels ("Micro", "TikTok"); the campaign stores keys.
    void brief_targetChoicesShowLabelsAndStoreKeys()
    {
        Fixture f;
        ui::CampaignBriefForm &form = *f.view().briefForm();
        const QList<std::pair<QString, QString>> tiers = {
            {QStringLiteral("emerging"), QStringLiteral("Emerging")},
            {QStringLiteral("nano"), QStringLiteral("Nano")},
            {QStringLiteral("micro"), QStringLiteral("Micro")},
            {QStringLiteral("macro"), QStringLiteral("Macro")},
            {QStringLiteral("mega"), QStringLiteral("Mega")}};
        const QList<std::pair<QString, QString>> platforms = {
            {QStringLiteral("instagram"), QStringLiteral("Instagram")},
            {QStringLiteral("tiktok"), QStringLiteral("TikTok")},
            {QStringLiteral("youtube"), QStringLiteral("YouTube")}};
        const auto menuTexts = [](ui::MultiSelectButton *b) {
            QStringList out;
            for (const QAction *a : b->menu()->actions())
                out << a->text();
            return out;
        };
        const auto check = [&](ui::MultiSelectButton *button,
                               const QList<std::pair<QString, QString>> &choices,
                               const QString &any) {
            QStringList labels;
            for (const auto &[key, label] : choices) {
                labels << label;
                button->setSelected({key});
                QCOMPARE(button->text(), label);
                QCOMPARE(button->toolTip(), label);
                QCOMPARE(button->selected(), QStringList{key});
            }
            QCOMPARE(menuTexts(button), labels);
            button->setSelected({});
            QCOMPARE(button->text(), any);
        };
        check(form.tiersButton(), tiers, QStringLiteral("Any tier"));
        check(form.platformsButton(), platforms, QStringLiteral("Any platform"));
        QCOMPARE(form.objectiveBox()->count(), 3);
        QCOMPARE(form.objectiveBox()->itemText(0), QStringLiteral("Awareness"));
        QCOMPARE(form.objectiveBox()->itemText(1), QStringLiteral("Engagement"));
        QCOMPARE(form.objectiveBox()->itemText(2), QStringLiteral("Conversions"));

        // Chosen from the menus as a user does: labels on the button, keys in the campaign.
        const auto choose = [&](ui::MultiSelectButton *b, const QString &label) {
            for (QAction *a : b->menu()->actions()) {
                if (a->text() == label)
                    a->trigger();
            }
        };
        choose(form.tiersButton(), QStringLiteral("Micro"));
        choose(form.tiersButton(), QStringLiteral("Nano"));
        choose(form.platformsButton(), QStringLiteral("TikTok"));
        form.objectiveBox()->setCurrentIndex(
            form.objectiveBox()->findText(QStringLiteral("Conversions")));
        QCOMPARE(form.tiersButton()->text(), QStringLiteral("Nano, Micro"));
        QCOMPARE(form.platformsButton()->text(), QStringLiteral("TikTok"));
        QVERIFY(form.saveButton()->isEnabled());
        QTest::mouseClick(form.saveButton(), Qt::LeftButton);
        const core::Campaign stored = *f.repo().get(f.launch);
        QCOMPARE(stored.targets.tiers, (QList<core::Tier>{core::Tier::Nano, core::Tier::Micro}));
        QCOMPARE(stored.targets.platforms, QList<core::Platform>{core::Platform::TikTok});
        QCOMPARE(stored.objective, core::Objective::Conversions);
        QCOMPARE(core::objectiveKey(stored.objective), QStringLiteral("conversions"));
        QCOMPARE(stored.targets.toJson().value(u"tiers").toArray(),
                 (QJsonArray{QStringLiteral("nano"), QStringLiteral("micro")}));
        // Loaded back (after undo and redo), the labels again.
        f.undo().undo();
        QCOMPARE(form.tiersButton()->text(), QStringLiteral("Any tier"));
        f.undo().redo();
        QCOMPARE(form.tiersButton()->text(), QStringLiteral("Nano, Micro"));
        QCOMPARE(form.objectiveBox()->currentText(), QStringLiteral("Conversions"));

        // Four or more: two labels and a count; every label in the tooltip.
        form.tiersButton()->setSelected({QStringLiteral("nano"), QStringLiteral("micro"),
                                         QStringLiteral("macro"), QStringLiteral("mega")});
        QCOMPARE(form.tiersButton()->text(), QStringLiteral("Nano, Micro +2"));
        QCOMPARE(form.tiersButton()->toolTip(), QStringLiteral("Nano, Micro, Macro, Mega"));
    }

    void campaigns_createDuplicateArchiveDelete_allUndoable()
    {
        Fixture f;
        ui::CampaignListModel &list = *f.view().listModel();
        f.view().newAction()->trigger();
        QCOMPARE(list.rowCount(), 2);
        const qint64 created = f.view().currentCampaignId();
        QVERIFY(created != f.launch);
        QCOMPARE(f.repo().get(created)->name, QStringLiteral("New campaign"));
        f.undo().undo();
        QCOMPARE(list.rowCount(), 1);
        QVERIFY(!f.repo().get(created));
        f.undo().redo();
        QCOMPARE(f.repo().get(created)->name, QStringLiteral("New campaign"));

        f.view().setCurrentCampaign(f.launch);
        f.view().duplicateAction()->trigger();
        const qint64 copy = f.view().currentCampaignId();
        QCOMPARE(f.repo().get(copy)->name, QStringLiteral("Launch (copy)"));
        QCOMPARE(f.repo().entries(copy)->size(), 3);
        QCOMPARE(f.roster().rowCount(), 3);
        QCOMPARE(f.doc().budget().total.committedMinor, 0); // all back to prospect

        f.view().setCurrentCampaign(f.launch);
        f.view().archiveAction()->trigger();
        QVERIFY(f.repo().get(f.launch)->archived);
        QCOMPARE(list.rowOf(f.launch), -1); // hidden unless asked for
        f.undo().undo();
        QVERIFY(!f.repo().get(f.launch)->archived);

        f.view().setCurrentCampaign(f.launch);
        const auto before = *f.repo().snapshot(f.launch);
        f.view().deleteAction()->trigger();
        QVERIFY(!f.repo().get(f.launch));
        f.undo().undo();
        QCOMPARE(*f.repo().snapshot(f.launch), before);
    }

    void fill_suggestsWithinBudgetAndAddsAsOneStep()
    {
        Fixture f;
        ui::FillBudgetDialog dialog(&f.doc(), f.view().editor());
        QCOMPARE(dialog.shortlistBox()->count(), 1);
        // Budget $1,000 − planned $650 = $350 to fill.
        QCOMPARE(dialog.budgetEdit()->text(), QLocale().toString(350.0, 'f', 2));
        QVERIFY(dialog.result());
        const core::FillResult &r = *dialog.result();
        // Candidates: hugo $600 (too dear), leo $250, jon $900 (too dear), gia $20, anna (on
        // the roster). Best: leo + gia = $270.
        QCOMPARE(r.candidate(f.ids.value(QStringLiteral("anna.fit")))->reason,
                 core::FillReason::OnRoster);
        QCOMPARE(r.candidate(f.ids.value(QStringLiteral("hugo.games")))->reason,
                 core::FillReason::AboveBudget);
        QCOMPARE(r.spentMinor, 27'000);
        QCOMPARE(r.chosen.size(), 2);
        QVERIFY(dialog.summary()->text().contains(usd(27'000)));
        QCOMPARE(dialog.table()->rowCount(), 5);

        // The tier choices read as labels; the campaign targets no tier, so any is allowed.
        QCOMPARE(dialog.allowedTiers()->text(), QStringLiteral("Any tier"));
        dialog.allowedTiers()->setSelected({QStringLiteral("micro"), QStringLiteral("emerging")});
        QCOMPARE(dialog.allowedTiers()->text(), QStringLiteral("Emerging, Micro"));
        dialog.allowedTiers()->setSelected({});

        // Only micro and at least 100 % micro: gia (emerging) drops out.
        dialog.mixTiers()->setSelected({QStringLiteral("micro")});
        QCOMPARE(dialog.mixTiers()->text(), QStringLiteral("Micro"));
        dialog.mixPercent()->setValue(100);
        dialog.suggest();
        QCOMPARE(dialog.result()->chosen,
                 (QList<qint64>{f.ids.value(QStringLiteral("leo.vegan.eats"))}));

        QCOMPARE(dialog.addSuggestion(), 1);
        QCOMPARE(f.roster().rowCount(), 4);
        QCOMPARE(f.doc().budget().total.plannedMinor, 90'000);
        f.undo().undo();
        QCOMPARE(f.roster().rowCount(), 3);
    }
};

QTEST_MAIN(TestCampaignsView)
#include "tst_campaigns_view.moc"
