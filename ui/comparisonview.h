#pragma once
// The comparison view: pick indicators, regions (by name, or all of a province, city or level)
// and years; see bars across regions for a year, grouped bars, lines over years, or the overview
// of the three comparisons analysts ask for. Hover shows value and source; clicking opens the
// report at the sentence. Charts export to PNG and SVG, their data to CSV.
#include "chartbuilder.h"
#include "comparisondata.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTimer;
QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace fz {

class LibrarySession;

class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(LibrarySession *session, QWidget *parent = nullptr);

    enum class Mode { Single, Overview };
    // The keys of the overview: reconsideration, penalties (cases and amount), court (count and rate).
    static QStringList overviewKeys();

    void setIndicators(const QStringList &keys);
    QStringList indicators() const;
    void setKind(ChartKind kind);
    void setOverview(bool overview);
    void setRegionFilter(const QString &province, const QString &city, const QString &level);
    void setRegions(const QStringList &regions);
    void setYears(int from, int to, int barYear = 0);

    // What is drawn now (for tests and exports).
    QVector<ComparisonValue> values() const { return m_values; }
    QList<QChart *> charts() const;
    QList<ChartLinks *> links() const { return m_links; }
    ComparisonQuery query() const;
    bool exportPng(const QString &path, QSize size, qreal dpi, QString *error);
    bool exportSvg(const QString &path, QSize size, QString *error);
    QByteArray csv() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openReportAt(qint64 reportId, int start, int end);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadChoices();
    void reloadRegions();
    void updateControls();
    void scheduleRefresh();
    void exportDialog(const QString &format);

    LibrarySession *m_session;
    QListWidget *m_indicators;
    QComboBox *m_kind;
    QComboBox *m_scope;       // all, province, city, level, chosen
    QComboBox *m_scopeValue;
    QLineEdit *m_regionFilter;
    QListWidget *m_regions;
    QSpinBox *m_yearFrom;
    QSpinBox *m_yearTo;
    QSpinBox *m_barYear;
    QLabel *m_summary;
    QFormLayout *m_form;
    QWidget *m_chartArea;
    QGridLayout *m_grid;
    QList<QChartView *> m_views;
    QList<ChartLinks *> m_links;
    QVector<ComparisonValue> m_values;
    QTimer *m_delay;
    bool m_building = false;
    bool m_stale = false;
    bool m_choicesStale = true; // regions and years listed when first shown
    bool m_regionsStale = true; // the list to tick regions in, filled when it is shown
};

} // namespace fz
