#pragma once

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QList>
#include <QString>

// The metrics guidance speaks of, how a call names them in English and Chinese, and which
// stored figure tells how each turned out.
struct GuidanceMetric
{
    QLatin1StringView key;      // "revenue", "gaap_gross_margin", ...
    QLatin1StringView unit;     // Unit::MillionsUsd or Unit::Percent
    QLatin1StringView actual;   // the figure it is checked against; empty when none is stored
    QLatin1StringView fallback; // the figure used when `actual` is missing (non-GAAP, then GAAP)
    QLatin1StringView outlook;  // the release's outlook for the next quarter; empty when none
    const char *label;          // untranslated; see displayName()

    QString displayName() const;
    bool isPercent() const;
};

// One mention of metrics in a text: "GAAP and non-GAAP gross margins" names two.
struct MetricMention
{
    QList<const GuidanceMetric *> metrics;
    int start = 0;
    int end = 0;
};

class GuidanceMetrics
{
    Q_DECLARE_TR_FUNCTIONS(GuidanceMetrics)
public:
    static const QList<GuidanceMetric> &all();
    static const GuidanceMetric *find(QStringView key);
    static QString displayName(QStringView key); // the key itself when unknown
    // Every mention in a text in SearchText's normal form, in order.
    static QList<MetricMention> mentionsIn(const QString &foldedText);
};
