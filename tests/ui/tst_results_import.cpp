// SPDX-License-Identifier: GPL-3.0-or-later
// Campaign results import in the GUI: the undo step that writes and restores the deliverables'
// results, and the dialog (preview, encoding override, mapping per column saved and loaded,
// import, summary with rejected rows).
#include "core/io/results_importer.h"
#include "core/storage/campaign_repository.h"
#include "core/storage/creator_repository.h"
#include "core/storage/workspace.h"
#include "tests/ui/support/ui_test_support.h"
#include "ui/campaigns/campaign_document.h"
#include "ui/campaigns/campaign_editor.h"
#include "ui/campaigns/deliverables_pane.h"
#include "ui/campaigns/results_import_dialog.h"
#include "ui/common/message_box.h"
#include "ui/import/import_summary_dialog.h"
#include "ui/import/mapping_file_buttons.h"
#include "ui/import/rejected_rows_model.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace tierscope;
using core::ResultsField;

namespace {

// A workspace with the campaign "Launch" (EUR): @anna.fit with a reel (URL known) and a story,
// @ben.cooks with a short. A document, an editor and an undo stack on it, as the Campaigns page
// has them.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<core::Workspace> ws;
    QWidget host;
    QUndoStack stack;
    ui::CampaignDocument document;
    ui::CampaignEditor editor {&host};
    qint64 campaign = 0;
    qint64 reel = 0, story = 0, shortVideo = 0;
    int files = 0;

    Fixture()
    {
        ws = test::openWorkspace(dir, QStringLiteral("results"));
        core::CreatorRepository creators(ws->database());
        const auto creator = [&](const QString &handle, core::Platform p) {
            return *creators.insert(
                test::makeCreator(handle, p, 50'000, 0.05, QStringLiteral("DE")));
        };
        const qint64 anna = creator(QStringLiteral("anna.fit"), core::Platform::Instagram);
        const qint64 ben = creator(QStringLiteral("ben.cooks"), core::Platform::TikTok);
        core::CampaignRepository repo(ws->database());
        core::Campaign c;
        c.name = QStringLiteral("Launch");
        c.budget = core::Money(500'000, QStringLiteral("EUR"));
        campaign = *repo.create(c);
        const auto entry = [&](qint64 creatorId) {
            core::RosterEntry e;
            e.campaignId = campaign;
            e.creatorId = creatorId;
            e.stage = core::Stage::ContentLive;
            return *repo.addEntry(e);
        };
        const auto deliverable = [&](qint64 entryId, core::DeliverableKind kind,
                                     const QString &url) {
            core::Deliverable d;
            d.rosterEntryId = entryId;
            d.kind = kind;
            d.url = url;
            return *repo.addDeliverable(d);
        };
        const qint64 eAnna = entry(anna), eBen = entry(ben);
        reel = deliverable(eAnna, core::DeliverableKind::Reel,
                           QStringLiteral("https://www.instagram.com/reel/R1/"));
        story = deliverable(eAnna, core::DeliverableKind::Story, {});
        shortVideo = deliverable(eBen, core::DeliverableKind::Short, {});

        document.setWorkspace(ws.get());
        document.setCampaign(campaign);
        editor.setWorkspace(ws.get(), &stack);
    }

    QString csv(const QByteArray &text)
    {
        const QString path = dir.filePath(QStringLiteral("sheet%1.csv").arg(++files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write the test file");
        return path;
    }
    core::Deliverable stored(qint64 id) const
    {
        return *core::CampaignRepository(ws->database()).deliverable(id);
    }
    QList<core::Deliverable> all() const
    {
        return *core::CampaignRepository(ws->database()).deliverablesForCampaign(campaign);
    }
};

const QByteArray kSheet = "Post URL,Creator,Type,Date,Impressions,Likes,Link clicks,Revenue (€)\n"
                          "https://instagram.com/reel/R1,,,2027-03-02,12.5k,900,40,\"1.250,00\"\n"
                          ",anna.fit,story,,3100,,,\n"
                          ",dave,reel,,10,,,\n" // not on the roster: line 4
                          ",ben.cooks,short,,,,,$80\n"; // dollars: line 5

// The combo box over a column's "fills" cell of the dialog's preview.
QComboBox *mappingCombo(ui::ResultsImportDialog &dialog, int column)
{
    return qobject_cast<QComboBox *>(dialog.previewTable()->indexWidget(
        dialog.mappingModel()->index(ui::ColumnMappingModel::kMappingRow, column)));
}

} // namespace

class TestResultsImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { ui::MessageBox::setAutoAnswers({}); }
    void cleanup() { ui::MessageBox::stopAutoAnswering(); }

    void command_undoRestoresThePreviousResultsAndRedoWritesThemAgain()
    {
        Fixture f;
        // The story had results before: undo must bring those back, not clear them.
        core::Deliverable story = f.stored(f.story);
        story.actuals.views = 1'000;
        story.actuals.likes = 50;
        QVERIFY(!core::CampaignRepository(f.ws->database()).updateDeliverable(story));
        const QList<core::Deliverable> before = f.all();

        const auto prepared =
            core::ResultsImporter::prepare(f.ws->database(), f.campaign, f.csv(kSheet), {});
        QVERIFY2(prepared.ok(), qPrintable(prepared.error().message));
        QCOMPARE(prepared->report.updated, 2);
        QCOMPARE(prepared->report.rejected, 2);
        QVERIFY(f.editor.importResults(prepared->before, prepared->after,
                                       QStringLiteral("Import results")));
        QCOMPARE(f.stack.count(), 1);
        QCOMPARE(f.stack.undoText(), QStringLiteral("Import results"));

        const core::Deliverable reelAfter = f.stored(f.reel);
        QCOMPARE(reelAfter.actuals.views, std::optional<qint64>(12'500));
        QCOMPARE(reelAfter.actuals.likes, std::optional<qint64>(900));
        QCOMPARE(reelAfter.actuals.clicks, std::optional<qint64>(40));
        QCOMPARE(reelAfter.actuals.revenue,
                 std::optional<core::Money>(core::Money(125'000, QStringLiteral("EUR"))));
        QCOMPARE(reelAfter.publishedOn, QDate(2027, 3, 2));
        QCOMPARE(reelAfter.status, core::DeliverableStatus::Published);
        QCOMPARE(f.stored(f.story).actuals.views, std::optional<qint64>(3'100));
        QCOMPARE(f.stored(f.story).actuals.likes, std::optional<qint64>(50)); // empty cell: kept
        // The document (and so every pane) follows.
        QTRY_COMPARE(f.document.deliverables(f.stored(f.reel).rosterEntryId).first().actuals.views,
                     std::optional<qint64>(12'500));

        f.stack.undo();
        QCOMPARE(f.all(), before);
        QCOMPARE(f.stored(f.reel).status, core::DeliverableStatus::Planned);
        QCOMPARE(f.stored(f.story).actuals.views, std::optional<qint64>(1'000));
        f.stack.redo();
        QCOMPARE(f.stored(f.reel), reelAfter);
        QCOMPARE(f.stored(f.story).actuals.views, std::optional<qint64>(3'100));
        f.stack.undo();
        QCOMPARE(f.all(), before);
    }

    void command_aFailingWriteIsNoStepAndChangesNothing()
    {
        Fixture f;
        ui::MessageBox::setAutoAnswers({QMessageBox::Ok});
        const QList<core::Deliverable> before = f.all();
        const auto prepared =
            core::ResultsImporter::prepare(f.ws->database(), f.campaign, f.csv(kSheet), {});
        QVERIFY(prepared.ok());
        QSqlQuery q(f.ws->database());
        QVERIFY2(q.exec(QStringLiteral("CREATE TEMP TRIGGER no_story BEFORE UPDATE ON deliverables "
                                       "WHEN NEW.id = %1 BEGIN SELECT RAISE(ABORT, 'no'); END")
                            .arg(f.story)),
                 qPrintable(q.lastError().text()));
        QVERIFY(!f.editor.importResults(prepared->before, prepared->after,
                                        QStringLiteral("Import results")));
        QCOMPARE(f.stack.count(), 0);
        QCOMPARE(f.all(), before); // the reel, written first, was rolled back too
        QTRY_COMPARE(ui::MessageBox::shown().size(), 1); // the failure was reported
    }

    void dialog_previewsMapsImportsAndShowsTheSummary()
    {
        Fixture f;
        ui::ResultsImportDialog dialog(&f.document, &f.editor, &f.host);
        QAbstractItemModelTester tester(dialog.mappingModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(!dialog.importButton()->isEnabled()); // no file yet
        QVERIFY(dialog.setFile(f.csv(kSheet)));
        const ui::ResultsMappingModel *model = dialog.mappingModel();
        QCOMPARE(model->columnCount(), 8);
        QCOMPARE(model->rowCount(), 5); // the mapping row and four records
        const QList<ResultsField> expected = {ResultsField::Url,    ResultsField::Handle,
                                              ResultsField::Kind,   ResultsField::PublishedOn,
                                              ResultsField::Views,  ResultsField::Likes,
                                              ResultsField::Clicks, ResultsField::Revenue};
        for (int c = 0; c < expected.size(); ++c)
            QCOMPARE(model->mapping().target(c), expected[c]);
        QCOMPARE(model->index(1, 4).data().toString(), QStringLiteral("12.5k"));

        // The mapping table is the creator import's: one combo box per column.
        const auto combo = [&](int column) {
            return qobject_cast<QComboBox *>(dialog.previewTable()->indexWidget(
                model->index(ui::ColumnMappingModel::kMappingRow, column)));
        };
        QVERIFY(combo(4));
        QCOMPARE(combo(4)->currentText(), core::resultsFieldDisplayName(ResultsField::Views));
        QCOMPARE(combo(4)->count(), int(core::allResultsFields().size()) + 1 + 1); // + separator
        // Not importing the likes: chosen in the combo, the likes stay as they are.
        combo(5)->setCurrentIndex(combo(5)->findData(int(ResultsField::Ignore)));
        QCOMPARE(dialog.mapping().target(5), ResultsField::Ignore);
        QVERIFY(dialog.importButton()->isEnabled());

        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.summary() && dialog.summary()->isVisible());
        QVERIFY(!dialog.isVisible()); // done: the dialog closed
        ui::ImportSummaryDialog *summary = dialog.summary();
        QCOMPARE(summary->countText(QStringLiteral("updated")), QStringLiteral("2"));
        QCOMPARE(summary->countText(QStringLiteral("rejected")), QStringLiteral("2"));
        const QList<core::RejectedRow> &rejected = summary->rejectedModel()->rows();
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected[0].line, 4);
        QVERIFY(rejected[0].reason.contains(QStringLiteral("@dave")));
        QCOMPARE(rejected[1].line, 5);
        QVERIFY(rejected[1].reason.contains(QStringLiteral("USD")));

        QCOMPARE(f.stored(f.reel).actuals.views, std::optional<qint64>(12'500));
        QCOMPARE(f.stored(f.reel).actuals.likes, std::optional<qint64>()); // column not imported
        QCOMPARE(f.stored(f.story).actuals.views, std::optional<qint64>(3'100));
        QCOMPARE(f.stack.count(), 1);
        QVERIFY(f.stack.undoText().contains(QStringLiteral("sheet1.csv")));
        f.stack.undo();
        QCOMPARE(f.stored(f.reel).actuals.views, std::optional<qint64>());
        summary->close();
    }

    void dialog_withoutAKeyColumnSaysWhatToDoAndCannotImport()
    {
        Fixture f;
        ui::ResultsImportDialog dialog(&f.document, &f.editor, &f.host);
        dialog.show();
        QVERIFY(dialog.setFile(f.csv("Views,Likes\n10,2\n")));
        QVERIFY(!dialog.importButton()->isEnabled());
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("importProblem"));
        QVERIFY(problem && problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("which deliverable")));
        QVERIFY(!dialog.runImport());
        // Choosing what the first column is makes the import possible.
        QVERIFY(dialog.mappingModel()->setData(dialog.mappingModel()->index(0, 1),
                                               int(ResultsField::DeliverableId)));
        QVERIFY(dialog.importButton()->isEnabled());
        QVERIFY(problem->isHidden());
    }

    void dialog_encodingOverrideRereadsThePreview()
    {
        Fixture f;
        // Saved by a spreadsheet on Windows: é (0xE9), ü (0xFC) and ß (0xDF) in Windows-1252.
        const QString path = f.csv("Creator,Type,Views,Caption\r\n"
                                   "anna.fit,story,3100,Caf\xe9 in M\xfcnchen\r\n"
                                   "ben.cooks,short,870,Gr\xfc\xdf""e\r\n");
        ui::ResultsImportDialog dialog(&f.document, &f.editor, &f.host);
        dialog.show();
        QVERIFY(dialog.setFile(path));
        const ui::ResultsMappingModel *model = dialog.mappingModel();
        QComboBox *box = dialog.encodingBox();
        // Detected, and the guess is said: in the box and as a note under the preview.
        QCOMPARE(dialog.encoding(), core::TextEncoding::Auto);
        QCOMPARE(box->currentText(), QStringLiteral("Detect automatically (Windows-1252 (Western))"));
        QCOMPARE(dialog.notes().size(), 1);
        QVERIFY(dialog.notes().first().contains(QStringLiteral("Windows-1252")));
        auto *notes = dialog.findChild<QLabel *>(QStringLiteral("importNotes"));
        QVERIFY(notes && notes->isVisible());
        QCOMPARE(model->index(1, 3).data().toString(), QStringLiteral("Café in München"));
        QCOMPARE(box->findText(QStringLiteral("UTF-8")), 1);
        QVERIFY(box->findData(int(core::TextEncoding::Utf16)) > 0);

        // Read as UTF-8 the accents are lost; the column set by hand stays as it was set.
        QComboBox *views = mappingCombo(dialog, 2);
        QVERIFY(views);
        views->setCurrentIndex(views->findData(int(ResultsField::Ignore)));
        box->setCurrentIndex(box->findData(int(core::TextEncoding::Utf8)));
        QCOMPARE(dialog.encoding(), core::TextEncoding::Utf8);
        QCOMPARE(box->itemText(0), QStringLiteral("Detect automatically"));
        QVERIFY(model->index(1, 3).data().toString().contains(QChar::ReplacementCharacter));
        QCOMPARE(dialog.mapping().target(2), ResultsField::Ignore);
        QCOMPARE(mappingCombo(dialog, 2)->currentData().toInt(), int(ResultsField::Ignore));

        // Windows-1252 chosen: é, ü and ß read right, and no guess to announce.
        box->setCurrentIndex(box->findData(int(core::TextEncoding::Windows1252)));
        QCOMPARE(dialog.encoding(), core::TextEncoding::Windows1252);
        QCOMPARE(box->currentText(), QStringLiteral("Windows-1252 (Western)"));
        QCOMPARE(model->index(1, 3).data().toString(), QStringLiteral("Café in München"));
        QCOMPARE(model->index(2, 3).data().toString(), QStringLiteral("Grüße"));
        QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("ben.cooks"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("importFormat"))->text(),
                 QStringLiteral("comma-separated (2 rows shown)"));
        QVERIFY(dialog.notes().isEmpty());
        QVERIFY(notes->isHidden());
        QCOMPARE(dialog.mapping().target(2), ResultsField::Ignore);

        // Another file starts with detection again.
        QVERIFY(dialog.setFile(f.csv(kSheet)));
        QCOMPARE(dialog.encoding(), core::TextEncoding::Auto);
        QCOMPARE(box->currentText(), QStringLiteral("Detect automatically (UTF-8)"));
        QCOMPARE(dialog.mapping().target(4), ResultsField::Views); // its own columns
    }

    void dialog_importReadsTheFileInTheChosenEncoding()
    {
        Fixture f;
        // UTF-16 little endian without a byte-order mark: detection refuses it (NUL bytes).
        const QString text = QStringLiteral("Creator,Type,Views\r\nanna.fit,story,3100\r\n");
        const QString path = f.csv(QByteArray(reinterpret_cast<const char *>(text.utf16()),
                                              text.size() * 2));
        ui::ResultsImportDialog dialog(&f.document, &f.editor, &f.host);
        dialog.show();
        QVERIFY(!dialog.setFile(path));
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(!dialog.mappingButtons()->isEnabled()); // no columns to save or load

        dialog.encodingBox()->setCurrentIndex(
            dialog.encodingBox()->findData(int(core::TextEncoding::Utf16)));
        QCOMPARE(dialog.mappingModel()->columnCount(), 3);
        QCOMPARE(dialog.mappingModel()->index(1, 0).data().toString(), QStringLiteral("anna.fit"));
        QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.problemText()));
        QVERIFY(dialog.mappingButtons()->isEnabled());
        QVERIFY(dialog.runImport());
        QCOMPARE(dialog.lastImport().report.updated, 1);
        QCOMPARE(f.stored(f.story).actuals.views, std::optional<qint64>(3'100));
        dialog.summary()->close();
    }

    void dialog_savedMappingReloadsAndIsApplied()
    {
        Fixture f;
        const QString sheet = f.csv(kSheet);
        const QString mappingFile = f.dir.filePath(QStringLiteral("results-mapping.json"));
        {
            ui::ResultsImportDialog dialog(&f.document, &f.editor, &f.host);
            dialog.show();
            QVERIFY(!dialog.mappingButtons()->isEnabled()); // nothing to save yet
            QVERIFY(dialog.setFile(sheet));
            QVERIFY(dialog.mappingButtons()->isEnabled());
            // This agency's "Link clicks" are sales; its likes are not to be trusted.
            QComboBox *clicks = mappingCombo(dialog, 6);
            clicks->setCurrentIndex(clicks->findData(int(ResultsField::Conversions)));
            QComboBox *likes = mappingCombo(dialog, 5);
            likes->setCurrentIndex(likes->findData(int(ResultsField::Ignore)));
            QCOMPARE(dialog.mapping().target(6), ResultsField::Conversions);
            QString error;
            QVERIFY2(dialog.saveMapping(mappingFile, &error), qPrintable(error));
        }
        // What was written: the results mapping format, one entry per column.
        QFile saved(mappingFile);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(saved.readAll()).object();
        QCOMPARE(json.value(u"format").toString(), QStringLiteral("tierscope-results-column-mapping"));
        const QJsonArray columns = json.value(u"columns").toArray();
        QCOMPARE(columns.size(), 8);
        QCOMPARE(columns[5].toObject().value(u"header").toString(), QStringLiteral("Likes"));
        QCOMPARE(columns[5].toObject().value(u"field").toString(), QStringLiteral("ignore"));
        QCOMPARE(columns[6].toObject().value(u"field").toString(), QStringLiteral("conversions"));

        // A later sheet from the same agency, columns in another order, one more column.
        const QString later = f.csv("Likes,Link clicks,Creator,Type,Impressions,Shares\n"
                                    "77,5,anna.fit,story,4000,3\n");
        ui::ResultsImportDialog dialog(&f.document, &f.editor, &f.host);
        dialog.show();
        QVERIFY(dialog.setFile(later));
        QCOMPARE(dialog.mapping().target(0), ResultsField::Likes); // detected
        QCOMPARE(dialog.mapping().target(1), ResultsField::Clicks);
        QString error;
        QVERIFY2(dialog.loadMapping(mappingFile, &error), qPrintable(error));
        QCOMPARE(dialog.mapping().target(0), ResultsField::Ignore);
        QCOMPARE(dialog.mapping().target(1), ResultsField::Conversions);
        QCOMPARE(dialog.mapping().target(2), ResultsField::Handle);
        QCOMPARE(dialog.mapping().target(3), ResultsField::Kind);
        QCOMPARE(dialog.mapping().target(4), ResultsField::Views);
        QCOMPARE(dialog.mapping().target(5), ResultsField::Shares); // not in the saved one
        // The open combo boxes follow.
        QCOMPARE(mappingCombo(dialog, 0)->currentData().toInt(), int(ResultsField::Ignore));
        QCOMPARE(mappingCombo(dialog, 1)->currentText(),
                 core::resultsFieldDisplayName(ResultsField::Conversions));

        // And the import uses it.
        QVERIFY(dialog.runImport());
        const core::Deliverable story = f.stored(f.story);
        QCOMPARE(story.actuals.views, std::optional<qint64>(4'000));
        QCOMPARE(story.actuals.conversions, std::optional<qint64>(5));
        QCOMPARE(story.actuals.clicks, std::optional<qint64>());
        QCOMPARE(story.actuals.likes, std::optional<qint64>());
        QCOMPARE(story.actuals.shares, std::optional<qint64>(3));
        dialog.summary()->close();
    }

    void dialog_aMappingThatDoesNotFitIsRefusedAndChangesNothing()
    {
        Fixture f;
        ui::ResultsImportDialog dialog(&f.document, &f.editor, &f.host);
        dialog.show();
        QVERIFY(dialog.setFile(f.csv(kSheet)));
        const core::ResultsMapping before = dialog.mapping();
        const auto write = [&](const QString &name, const QByteArray &data) {
            const QString path = f.dir.filePath(name);
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
                qFatal("cannot write the test file");
            return path;
        };
        QString error;
        // Other columns altogether.
        QVERIFY(!dialog.loadMapping(
            write(QStringLiteral("other.json"),
                  R"({"format":"tierscope-results-column-mapping","version":1,)"
                  R"("columns":[{"header":"Spend","field":"ignore"}]})"),
            &error));
        QCOMPARE(error, QStringLiteral("None of its columns is in this file."));
        // A creator mapping is not a results mapping.
        QVERIFY(!dialog.loadMapping(
            write(QStringLiteral("creators.json"),
                  R"({"format":"tierscope-column-mapping","version":1,)"
                  R"("columns":[{"header":"Likes","field":"followers"}]})"),
            &error));
        QVERIFY2(error.contains(QStringLiteral("not a Tierscope column mapping")), qPrintable(error));
        QVERIFY(!dialog.loadMapping(write(QStringLiteral("broken.json"), "{nope"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("The file is not JSON")), qPrintable(error));
        QVERIFY(!dialog.loadMapping(f.dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(dialog.mapping(), before);
    }

    void pane_importResultsButtonOpensTheDialogForTheCampaign()
    {
        Fixture f;
        ui::DeliverablesPane pane(&f.document, &f.editor, &f.host);
        QVERIFY(pane.importResultsButton()->isEnabled());
        QPointer<ui::ResultsImportDialog> dialog = pane.openResultsImport();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("Launch")));
        dialog->reject();
        QTRY_VERIFY(!dialog); // deleted on close

        f.document.setCampaign(0);
        QTRY_VERIFY(!pane.importResultsButton()->isEnabled());
        QVERIFY(!pane.openResultsImport());
    }
};

QTEST_MAIN(TestResultsImport)
#include "tst_results_import.moc"
