// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/tier_chart_data.h"
#include "core/storage/creator_filter.h"

#include <QWidget>

class QAction;
class QLabel;
class QRadioButton;
class QTableView;
class QUndoStack;

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

class BackgroundReader;
class TierChartWidget;
class TierSummaryModel;

// The Insights page: engagement against reach for the whole workspace or the Creators view's
// current filter, the per-tier summary table, and the editor of tiers and benchmarks (an undo
// step on the workspace's stack). Statistics and chart come from one pass over the matching
// creators on a worker thread; the page refreshes when it is shown after a change.
class InsightsView : public QWidget
{
    Q_OBJECT
public:
    enum class Scope { Workspace, CurrentFilter };

    explicit InsightsView(QWidget *parent = nullptr);
    ~InsightsView() override;

    void setWorkspace(core::Workspace *workspace, QUndoStack *undoStack);
    void setCreatorsFilter(const core::CreatorFilter &filter);
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    void setHighlightedCreator(qint64 id); // 0: none

    TierChartWidget *chart() const { return m_chart; }
    TierSummaryModel *summaryModel() const { return m_summary; }
    QTableView *summaryTable() const { return m_table; }
    QAction *editBenchmarksAction() const { return m_editBenchmarks; }
    bool isLoading() const;
    bool hasData() const { return m_loaded; }
    const core::TierChartData &data() const { return m_data; }

    // Replaces the tier scheme as one undo step (what the editor's OK does).
    void applyTierScheme(const core::TierScheme &scheme);
    // Changes the ER basis per platform as one undo step, recomputing on a worker with progress.
    void applyErBases(const core::ErBases &bases);

public slots:
    void editBenchmarksInteractive();

signals:
    void creatorClicked(qint64 creatorId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void invalidate(); // reload now when visible, else when next shown
    void reload();
    void onLoaded(const core::Result<core::TierChartData> &result);
    void updateHeading();
    void fitTableHeight();

    core::Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
    BackgroundReader *m_reader;
    core::CreatorFilter m_creatorsFilter;
    Scope m_scope = Scope::Workspace;
    qint64 m_highlighted = 0;
    bool m_stale = true;
    bool m_loaded = false;
    core::TierChartData m_data;

    QRadioButton *m_wholeWorkspace;
    QRadioButton *m_currentFilter;
    QLabel *m_heading;
    QAction *m_editBenchmarks;
    TierChartWidget *m_chart;
    TierSummaryModel *m_summary;
    QTableView *m_table;
};

} // namespace tierscope::ui
