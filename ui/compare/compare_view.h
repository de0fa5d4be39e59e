// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/tier_chart_data.h"
#include "core/domain/creator.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

class BackgroundReader;
class ComparisonModel;
class CreatorSearchBox;
class TierChartWidget;

// The Compare page: 2 to 6 creators as columns (from Creators, a shortlist or the search box),
// the best value of each row marked, and the tier chart beside the table with the compared
// creators highlighted. Creators, percentiles within tier and the chart are read on a worker
// thread; the table keeps what it shows until the new figures arrive.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxCreators = 6;

    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    void setWorkspace(core::Workspace *workspace);
    const QList<qint64> &creatorIds() const { return m_ids; }
    // Replaces the compared creators (the first kMaxCreators, duplicates dropped).
    void setCreators(const QList<qint64> &ids);
    // Adds to the comparison; returns how many were added (a message says why not all).
    int addCreators(const QList<qint64> &ids);
    void removeCreatorAt(int column);
    void moveCreator(int from, int to);

    ComparisonModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    TierChartWidget *chart() const { return m_chart; }
    CreatorSearchBox *searchBox() const { return m_search; }
    QAction *removeAction() const { return m_remove; }
    QAction *exportAction() const { return m_export; }
    QAction *addToCampaignAction() const { return m_toCampaign; }
    bool isLoading() const;

    bool exportCsv(const QString &path, QString *error = nullptr) const;

signals:
    void creatorClicked(qint64 creatorId);
    void addToShortlistRequested(const QList<qint64> &creatorIds);
    void addToCampaignRequested(const QList<qint64> &creatorIds);
    void statusMessage(const QString &message);

private:
    void createActions();
    void reload();
    void updateActions();
    void updateHint();
    int currentColumn() const;
    QList<qint64> chosenIds() const; // selected columns, else all
    void showHeaderMenu(const QPoint &pos);
    void exportInteractive();

    core::Workspace *m_workspace = nullptr;
    BackgroundReader *m_reader;
    QList<qint64> m_ids;
    ComparisonModel *m_model;
    CreatorSearchBox *m_search;
    QTableView *m_table;
    QLabel *m_hint;
    TierChartWidget *m_chart;
    QAction *m_remove = nullptr;
    QAction *m_moveLeft = nullptr;
    QAction *m_moveRight = nullptr;
    QAction *m_clear = nullptr;
    QAction *m_toShortlist = nullptr;
    QAction *m_toCampaign = nullptr;
    QAction *m_export = nullptr;
};

} // namespace tierscope::ui
