#pragma once
// The library: filters (province, city, level, years, full-text search, unverified only) over a
// lazily fetched table of reports. Selecting a report opens it.
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QCheckBox;
class QTableView;
class QTimer;

namespace fz {

class LibraryModel;
class LibrarySession;

class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPanel(LibrarySession *session, QWidget *parent = nullptr);

    LibraryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    qint64 currentReport() const;
    // Selects a report (fetching pages until it is loaded); false if the filter hides it.
    bool selectReport(qint64 id);
    void focusSearch();
    // The width that shows every visible column and about sixteen characters of the titles.
    int preferredWidth() const;
    QList<qint64> selectedReports() const;

Q_SIGNALS:
    void reportActivated(qint64 id);

private:
    void applyFilter();
    void reloadChoices();
    void updateCount();
    void fitColumns();

    LibrarySession *m_session;
    LibraryModel *m_model;
    QTableView *m_view;
    QComboBox *m_province;
    QComboBox *m_city;
    QComboBox *m_level;
    QSpinBox *m_yearFrom;
    QSpinBox *m_yearTo;
    QLineEdit *m_search;
    QCheckBox *m_unverified;
    QLabel *m_count;
    QTimer *m_searchDelay;
};

} // namespace fz
