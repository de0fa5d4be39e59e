// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/column_mapping.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace tierscope::ui {

// The preview of an import file, whatever it imports: one column per column of the file, headed
// by its header. Row 0 holds what each column fills (editable, a combo box through
// ImportMappingDelegate); the rows below are the first records of the file as text.
// Targets are ints here (the field enum of the import); TypedColumnMappingModel<Field> keeps the
// typed ColumnMapping and is what the dialogs use.
class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kMappingRow = 0;
    enum Role {
        TargetRole = Qt::UserRole + 1, // int(Field), on every row
    };
    struct Choice
    {
        int target = 0;
        QString name;
        bool startsGroup = false; // a separator before it in the combo box
    };

    // The choices of the mapping row, in order: every field, then the non-fields.
    virtual QList<Choice> targetChoices() const = 0;
    int previewRowCount() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void mappingChanged();

protected:
    explicit ColumnMappingModel(QObject *parent = nullptr);

    // The typed mapping, seen as ints.
    virtual qsizetype mappedColumnCount() const = 0;
    virtual QString columnHeader(int column) const = 0;
    virtual int targetOf(int column) const = 0;
    virtual QString targetName(int target) const = 0;
    virtual bool isIgnore(int target) const = 0;
    // Choosing a field another column fills moves it here (ColumnMapping::setTarget).
    virtual void assignTarget(int column, int target) = 0;

    QList<int> targets() const;
    // Rows and mapping replaced together (the mapping is set by `setMapping` in between).
    template<typename SetMapping>
    void reset(const QList<QStringList> &rows, SetMapping setMapping)
    {
        beginResetModel();
        m_rows = rows;
        setMapping();
        endResetModel();
        emit mappingChanged();
    }
    // One dataChanged per changed column, so that each open combo box is brought up to date.
    void announceTargets(const QList<int> &before);
    // The text of a record as in the file (record: 0 for the first record, model row 1).
    QString fileText(int record, int column) const { return m_rows.value(record).value(column); }

private:
    QList<QStringList> m_rows;
};

template<typename Field>
class TypedColumnMappingModel : public ColumnMappingModel
{
public:
    using Mapping = core::ColumnMapping<Field>;
    using Fields = core::MappingFields<Field>;

    explicit TypedColumnMappingModel(QObject *parent = nullptr) : ColumnMappingModel(parent) {}

    // Every field, then the non-fields (Unmapped, Ignore).
    static QList<Field> choices()
    {
        QList<Field> out = Fields::fields();
        if (Fields::Unmapped != Fields::Ignore)
            out << Fields::Unmapped;
        out << Fields::Ignore;
        return out;
    }

    void setPreview(const QList<QStringList> &rows, const Mapping &mapping)
    {
        reset(rows, [&] { m_mapping = mapping; });
    }
    // A mapping for the same headers (a loaded one); ignored when the headers differ.
    void setMapping(const Mapping &mapping)
    {
        if (mapping.headers() != m_mapping.headers() || mapping == m_mapping)
            return;
        const QList<int> before = targets();
        m_mapping = mapping;
        announceTargets(before);
    }
    const Mapping &mapping() const { return m_mapping; }

    QList<Choice> targetChoices() const override
    {
        QList<Choice> out;
        const qsizetype fieldCount = Fields::fields().size();
        for (Field f : choices()) // a separator between the fields and the rest
            out.append({int(f), Fields::displayName(f), out.size() == fieldCount});
        return out;
    }

protected:
    qsizetype mappedColumnCount() const override { return m_mapping.columnCount(); }
    QString columnHeader(int column) const override { return m_mapping.header(column); }
    int targetOf(int column) const override { return int(m_mapping.target(column)); }
    QString targetName(int target) const override { return Fields::displayName(Field(target)); }
    bool isIgnore(int target) const override { return Field(target) == Fields::Ignore; }
    void assignTarget(int column, int target) override { m_mapping.setTarget(column, Field(target)); }

private:
    Mapping m_mapping;
};

} // namespace tierscope::ui
