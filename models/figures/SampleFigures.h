#pragma once

#include "figures/FinancialFigures.h"

#include <QCoreApplication>

class LibraryStore;

// The built-in figures: NVIDIA's quarterly facts and Blackwell disclosures shipped as
// CSV resources (:/sample/), each value kept with its status and source. Installed once
// per library, under its own meta key, so that a library that got the sample call before
// figures existed still gets them, and a user who deletes them does not get them back.
class SampleFigures
{
    Q_DECLARE_TR_FUNCTIONS(SampleFigures)
public:
    static bool isInstalled(const LibraryStore &store);
    static bool install(LibraryStore &store, QString *error);
    // The figures the resources describe, without touching a library.
    static std::optional<QList<Figure>> figures(QString *error);
    // A file of the built-in sample (the figures' and the call's), or an error naming it.
    static QByteArray readResource(const QString &path, QString *error);

    // A figure quoted from the built-in article (Metric::SharePriceClose) carries the day
    // it is of and the article's sentence in its note; these write and read that note.
    struct Quote
    {
        QDate day;
        QString sentence;
    };
    static QString quotedNote(const QDate &day, const QString &quote);
    static std::optional<Quote> parseQuotedNote(const QString &note);
};
