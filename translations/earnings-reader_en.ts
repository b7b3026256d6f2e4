<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Read earnings calls against the numbers.</source>
        <translation>Read earnings calls against the numbers.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Built with:</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>public domain</translation>
    </message>
    <message>
        <source>Chinese text is shown with the system&apos;s fonts (Noto CJK, SIL Open Font License). The built-in NVIDIA figures come from the company&apos;s press releases and 10-Q/10-K filings; each figure&apos;s source is shown with it.</source>
        <translation>Chinese text is shown with the system&apos;s fonts (Noto CJK, SIL Open Font License). The built-in NVIDIA figures come from the company&apos;s press releases and 10-Q/10-K filings; each figure&apos;s source is shown with it.</translation>
    </message>
    <message>
        <source>About Earnings Reader</source>
        <translation>About Earnings Reader</translation>
    </message>
</context>
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>Highlight &quot;%1&quot;</source>
        <translation>Highlight &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not highlight the selection</source>
        <translation>Could not highlight the selection</translation>
    </message>
    <message>
        <source>Could not highlight &quot;%1&quot;</source>
        <translation>Could not highlight &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Highlight Selection</translation>
    </message>
    <message>
        <source>Highlight the selected text in the highlight colour</source>
        <translation>Highlight the selected text in the highlight colour</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>Highlight &amp;Colour</translation>
    </message>
    <message>
        <source>Choose the colour of new highlights</source>
        <translation>Choose the colour of new highlights</translation>
    </message>
    <message>
        <source>Annotation &amp;Note and Tags…</source>
        <translation>Annotation Note and &amp;Tags…</translation>
    </message>
    <message>
        <source>See or edit the note, tags and figure links of the highlight at the cursor (highlights the selection first)</source>
        <translation>See or edit the note, tags and figure links of the highlight at the cursor (highlights the selection first)</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Delete Annotation</translation>
    </message>
    <message>
        <source>Delete the highlight at the cursor with its note and tags</source>
        <translation>Delete the highlight at the cursor with its note and tags</translation>
    </message>
    <message>
        <source>&amp;Mark Question</source>
        <translation>&amp;Mark Question</translation>
    </message>
    <message>
        <source>Mark the question at the cursor as answered, deflected or guidance</source>
        <translation>Mark the question at the cursor as answered, deflected or guidance</translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation>&amp;Answered</translation>
    </message>
    <message>
        <source>&amp;Deflected</source>
        <translation>&amp;Deflected</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>&amp;Guidance</translation>
    </message>
    <message>
        <source>&amp;Clear Mark</source>
        <translation>&amp;Clear Mark</translation>
    </message>
    <message>
        <source>Select some text inside one speaker&apos;s turn to highlight it.</source>
        <translation>Select some text inside one speaker&apos;s turn to highlight it.</translation>
    </message>
    <message>
        <source>Highlighted. %1 opens its note and tags.</source>
        <translation>Highlighted. %1 opens its note and tags.</translation>
    </message>
    <message>
        <source>Put the cursor in a highlight, or select text, to edit its note and tags.</source>
        <translation>Put the cursor in a highlight, or select text, to edit its note and tags.</translation>
    </message>
    <message>
        <source>Put the cursor in a highlight to delete it.</source>
        <translation>Put the cursor in a highlight to delete it.</translation>
    </message>
    <message>
        <source>Annotation deleted. Undo brings it back.</source>
        <translation>Annotation deleted. Undo brings it back.</translation>
    </message>
    <message>
        <source>Put the cursor in an analyst question, or scroll to one, to mark it.</source>
        <translation>Put the cursor in an analyst question, or scroll to one, to mark it.</translation>
    </message>
    <message>
        <source>Q%1: mark cleared</source>
        <translation>Q%1: mark cleared</translation>
    </message>
    <message>
        <source>Q%1 marked &quot;%2&quot;</source>
        <translation>Q%1 marked &quot;%2&quot;</translation>
    </message>
    <message>
        <source>This annotation is not placed: its quote is no longer in the call&apos;s text.</source>
        <translation>This annotation is not placed: its quote is no longer in the call&apos;s text.</translation>
    </message>
</context>
<context>
    <name>AnnotationDock</name>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>This call</source>
        <translation>This call</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>Whole library</translation>
    </message>
    <message>
        <source>List the annotations of the open call or of every call</source>
        <translation>List the annotations of the open call or of every call</translation>
    </message>
    <message>
        <source>Search quotes, notes, tags…</source>
        <translation>Search quotes, notes, tags…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export the annotations listed, as Markdown, CSV or JSON</source>
        <translation>Export the annotations listed, as Markdown, CSV or JSON</translation>
    </message>
    <message>
        <source>Questions and their marks</source>
        <translation>Questions and their marks</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Any colour</translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation>Any speaker</translation>
    </message>
    <message>
        <source>Any question</source>
        <translation>Any question</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s)</source>
        <translation>
            <numerusform>%1 of %n annotation</numerusform>
            <numerusform>%1 of %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not placed (the call&apos;s text changed)</source>
        <translation>
            <numerusform>%n not placed (the call&apos;s text changed)</numerusform>
            <numerusform>%n not placed (the call&apos;s text changed)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to Passage</source>
        <translation>&amp;Go to Passage</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Show on &amp;Chart</source>
        <translation>Show on &amp;Chart</translation>
    </message>
    <message>
        <source>E&amp;xport Listed Annotations…</source>
        <translation>E&amp;xport Listed Annotations…</translation>
    </message>
    <message>
        <source>Annotations and question marks</source>
        <translation>Annotations and question marks</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Search annotations</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>not placed: the call&apos;s text changed and this quote was not found</source>
        <translation>not placed: the call&apos;s text changed and this quote was not found</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. guidance, margin</source>
        <translation>Comma-separated, e.g. guidance, margin</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>&amp;Figures:</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <source>FY2025Q4</source>
        <translation>FY2025Q4</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>Link this passage to the figure of that company, quarter and metric</source>
        <translation>Link this passage to the figure of that company, quarter and metric</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <source>&amp;Show on Chart</source>
        <translation>&amp;Show on Chart</translation>
    </message>
    <message>
        <source>Select the chart pane and quarter of the chosen figure</source>
        <translation>Select the chart pane and quarter of the chosen figure</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Delete Annotation</translation>
    </message>
</context>
<context>
    <name>AnnotationExport</name>
    <message>
        <source>_No annotations._</source>
        <translation>_No annotations._</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>Not placed (the call&apos;s text changed and the quote was not found)</source>
        <translation>Not placed (the call&apos;s text changed and the quote was not found)</translation>
    </message>
    <message>
        <source>Outside the Q&amp;A</source>
        <translation>Outside the Q&amp;A</translation>
    </message>
    <message>
        <source>**Note:** %1</source>
        <translation>**Note:** %1</translation>
    </message>
    <message>
        <source>**Tags:** %1</source>
        <translation>**Tags:** %1</translation>
    </message>
    <message>
        <source>**Figures:** %1</source>
        <translation>**Figures:** %1</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>(no speaker)</translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1: not JSON (%2 at byte %3)</translation>
    </message>
    <message>
        <source>%1: not an Earnings Reader annotations export (no &quot;format&quot;: &quot;%2&quot;)</source>
        <translation>%1: not an Earnings Reader annotations export (no &quot;format&quot;: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: written by a newer Earnings Reader (annotations format %2; this version reads up to %3)</source>
        <translation>%1: written by a newer Earnings Reader (annotations format %2; this version reads up to %3)</translation>
    </message>
    <message>
        <source>call &quot;%1&quot; is not in this library and the file does not carry its text</source>
        <translation>call &quot;%1&quot; is not in this library and the file does not carry its text</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of call %1 were not imported: the call is not in this library</source>
        <translation>
            <numerusform>%n annotation of call %1 were not imported: the call is not in this library</numerusform>
            <numerusform>%n annotations of call %1 were not imported: the call is not in this library</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: could not be stored: %2</source>
        <translation>%1: could not be stored: %2</translation>
    </message>
    <message>
        <source>Q%1 of call %2: %3</source>
        <translation>Q%1 of call %2: %3</translation>
    </message>
    <message>
        <source>annotation %1 links to a figure that is not a ticker and a fiscal quarter (expected NVDA FY2025Q4); not imported</source>
        <translation>annotation %1 links to a figure that is not a ticker and a fiscal quarter (expected NVDA FY2025Q4); not imported</translation>
    </message>
    <message>
        <source>Unnamed scenario</source>
        <translation>Unnamed scenario</translation>
    </message>
    <message numerus="yes">
        <source>Selling %n put contract(s) at %1 with the stock at %2, premium %3, traded %4, expiring %5; %6.</source>
        <translation>
            <numerusform>Selling %n put contract at %1 with the stock at %2, premium %3, traded %4, expiring %5; %6.</numerusform>
            <numerusform>Selling %n put contracts at %1 with the stock at %2, premium %3, traded %4, expiring %5; %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selling a put: saved scenarios</source>
        <translation>Selling a put: saved scenarios</translation>
    </message>
    <message>
        <source>put scenario &quot;%1&quot;: %2; not imported</source>
        <translation>put scenario &quot;%1&quot;: %2; not imported</translation>
    </message>
    <message>
        <source>an annotation of call %1 has no uid; not imported</source>
        <translation>an annotation of call %1 has no uid; not imported</translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <source>Annotation %1 no longer exists.</source>
        <translation>Annotation %1 no longer exists.</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>not placed</translation>
    </message>
    <message>
        <source>Not placed: the call&apos;s text changed and this quote was not found in it.</source>
        <translation>Not placed: the call&apos;s text changed and this quote was not found in it.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>AnnotationRepository</name>
    <message>
        <source>turn %1 does not exist</source>
        <translation>turn %1 does not exist</translation>
    </message>
    <message>
        <source>turn %1 belongs to call %2, not to call %3</source>
        <translation>turn %1 belongs to call %2, not to call %3</translation>
    </message>
    <message>
        <source>the span %1..%2 is outside turn %3, whose text has %4 characters (offsets run from 0 to %4, and the end must be after the start)</source>
        <translation>the span %1..%2 is outside turn %3, whose text has %4 characters (offsets run from 0 to %4, and the end must be after the start)</translation>
    </message>
    <message>
        <source>the span %1..%2 cuts a character of turn %3 in half</source>
        <translation>the span %1..%2 cuts a character of turn %3 in half</translation>
    </message>
    <message>
        <source>the quote does not match the text of turn %1 at %2..%3</source>
        <translation>the quote does not match the text of turn %1 at %2..%3</translation>
    </message>
    <message>
        <source>a figure link needs a company, a quarter and a metric</source>
        <translation>a figure link needs a company, a quarter and a metric</translation>
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation>annotation %1 does not exist</translation>
    </message>
    <message>
        <source>annotation %1 belongs to call %2</source>
        <translation>annotation %1 belongs to call %2</translation>
    </message>
    <message>
        <source>question %1 with rating %2: questions count from 1 and ratings run from 0 to 5</source>
        <translation>question %1 with rating %2: questions count from 1 and ratings run from 0 to 5</translation>
    </message>
</context>
<context>
    <name>AnnotationStyle</name>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
</context>
<context>
    <name>AnnotationsFileController</name>
    <message>
        <source>Export &amp;Annotations…</source>
        <translation>Export &amp;Annotations…</translation>
    </message>
    <message>
        <source>Save the annotations listed in the panel as Markdown, CSV or JSON</source>
        <translation>Save the annotations listed in the panel as Markdown, CSV or JSON</translation>
    </message>
    <message>
        <source>Import A&amp;nnotations…</source>
        <translation>Import A&amp;nnotations…</translation>
    </message>
    <message>
        <source>Add annotations from a JSON export; ones already here are skipped</source>
        <translation>Add annotations from a JSON export; ones already here are skipped</translation>
    </message>
    <message>
        <source>Cannot export to %1: use a name ending in .md, .csv or .json</source>
        <translation>Cannot export to %1: use a name ending in .md, .csv or .json</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>annotations</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Export Annotations</translation>
    </message>
    <message>
        <source>Markdown (*.md);;CSV (*.csv);;JSON, for another library (*.json)</source>
        <translation>Markdown (*.md);;CSV (*.csv);;JSON, for another library (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) exported to %1</source>
        <translation>
            <numerusform>%n annotation exported to %1</numerusform>
            <numerusform>%n annotations exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Import Annotations</translation>
    </message>
    <message>
        <source>Annotation exports (*.json);;All files (*)</source>
        <translation>Annotation exports (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 annotations added, %3 already in this library, %4 calls imported.</source>
        <translation>%1: %2 annotations added, %3 already in this library, %4 calls imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be placed in the call&apos;s text; they are listed in the panel.</source>
        <translation>
            <numerusform>%n could not be placed in the call&apos;s text; they are listed in the panel.</numerusform>
            <numerusform>%n could not be placed in the call&apos;s text; they are listed in the panel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>only %1 of %2 bytes could be written; the disk may be full</source>
        <translation>only %1 of %2 bytes could be written; the disk may be full</translation>
    </message>
    <message>
        <source>%1; the disk may be full</source>
        <translation>%1; the disk may be full</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 is a folder, not a file</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, a device or a socket); only files can be read</source>
        <translation>%1 is not a regular file (a pipe, a device or a socket); only files can be read</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: cannot read the file (%2)</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1: the file is larger than %2 MB</translation>
    </message>
</context>
<context>
    <name>CallChanges</name>
    <message>
        <source>No call with id %1</source>
        <translation>No call with id %1</translation>
    </message>
    <message>
        <source>Call %1 has no company, so it has no previous call</source>
        <translation>Call %1 has no company, so it has no previous call</translation>
    </message>
    <message>
        <source>No call of %1 comes before call %2</source>
        <translation>No call of %1 comes before call %2</translation>
    </message>
</context>
<context>
    <name>CallChangesModel</name>
    <message>
        <source>Rose from %1 to %2</source>
        <translation>Rose from %1 to %2</translation>
    </message>
    <message>
        <source>Fell from %1 to %2</source>
        <translation>Fell from %1 to %2</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>This call</source>
        <translation>This call</translation>
    </message>
    <message>
        <source>Previous call</source>
        <translation>Previous call</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>CallDetailsDialog</name>
    <message>
        <source>Import Transcript</source>
        <translation>Import Transcript</translation>
    </message>
    <message>
        <source>Call Details</source>
        <translation>Call Details</translation>
    </message>
    <message>
        <source>e.g. NVDA</source>
        <translation>e.g. NVDA</translation>
    </message>
    <message>
        <source>e.g. FY2025Q4</source>
        <translation>e.g. FY2025Q4</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Found in %1. Correct anything before the call is added to the library.</source>
        <translation>Found in %1. Correct anything before the call is added to the library.</translation>
    </message>
    <message>
        <source>Imported from %1. A change can be undone with Edit &gt; Undo.</source>
        <translation>Imported from %1. A change can be undone with Edit &gt; Undo.</translation>
    </message>
    <message>
        <source>&amp;Ticker:</source>
        <translation>&amp;Ticker:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <source>Fiscal &amp;period:</source>
        <translation>Fiscal &amp;period:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>CallImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: already in the library as call %2; not imported again</source>
        <translation>%1: already in the library as call %2; not imported again</translation>
    </message>
    <message>
        <source>%1: could not be stored: %2</source>
        <translation>%1: could not be stored: %2</translation>
    </message>
    <message>
        <source>%1: the company &quot;%2&quot; is not a ticker (capital letters, digits, dots)</source>
        <translation>%1: the company &quot;%2&quot; is not a ticker (capital letters, digits, dots)</translation>
    </message>
    <message>
        <source>%1: the fiscal period &quot;%2&quot; is not valid (expected FY2025Q4)</source>
        <translation>%1: the fiscal period &quot;%2&quot; is not valid (expected FY2025Q4)</translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message numerus="yes">
        <source>%1
Company: %2
Period: %3
Call date: %4
%n question(s)</source>
        <translation>
            <numerusform>%1
Company: %2
Period: %3
Call date: %4
%n question</numerusform>
            <numerusform>%1
Company: %2
Period: %3
Call date: %4
%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>CallOutputController</name>
    <message>
        <source>Export Call as &amp;PDF…</source>
        <translation>Export Call as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the open call with its highlights and notes as a PDF</source>
        <translation>Save the open call with its highlights and notes as a PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Prin&amp;t…</translation>
    </message>
    <message>
        <source>Print the open call with its highlights and notes</source>
        <translation>Print the open call with its highlights and notes</translation>
    </message>
    <message>
        <source>No call is open.</source>
        <translation>No call is open.</translation>
    </message>
    <message>
        <source>Export Call as PDF</source>
        <translation>Export Call as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>CallPrinter</name>
    <message>
        <source>Question marks</source>
        <translation>Question marks</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>Figures: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF came out empty</source>
        <translation>Cannot write %1: the PDF came out empty</translation>
    </message>
</context>
<context>
    <name>CallReimporter</name>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: cannot read the file (%2)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>%1: call %2 is not in the library, so there is nothing to re-import into</source>
        <translation>%1: call %2 is not in the library, so there is nothing to re-import into</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the call&apos;s new text could not be read back</source>
        <translation>the call&apos;s new text could not be read back</translation>
    </message>
    <message>
        <source>%1: could not replace the text of call %2: %3</source>
        <translation>%1: could not replace the text of call %2: %3</translation>
    </message>
</context>
<context>
    <name>ChangesDock</name>
    <message>
        <source>No call is open.</source>
        <translation>No call is open.</translation>
    </message>
    <message>
        <source>%1 %2 is the company&apos;s first call in the library: nothing to compare with.</source>
        <translation>%1 %2 is the company&apos;s first call in the library: nothing to compare with.</translation>
    </message>
    <message>
        <source>%1 %2 against %3 (%4 and %5 words). Activate a term to see its trend.</source>
        <translation>%1 %2 against %3 (%4 and %5 words). Activate a term to see its trend.</translation>
    </message>
    <message>
        <source>Changes Since the Last Call</source>
        <translation>Changes Since the Last Call</translation>
    </message>
    <message>
        <source>Terms that rose or fell since the last call</source>
        <translation>Terms that rose or fell since the last call</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>%1 figures stored in the Earnings Reader library</source>
        <translation>%1 figures stored in the Earnings Reader library</translation>
    </message>
    <message>
        <source>Source: %1.
%2</source>
        <translation>Source: %1.
%2</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Text and lines are drawn this many times larger; at 2× a 1600×1000 image has the layout of an 800×500 chart.</source>
        <translation>Text and lines are drawn this many times larger; at 2× a 1600×1000 image has the layout of an 800×500 chart.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Width:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Height:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Scale:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Background:</translation>
    </message>
</context>
<context>
    <name>ChartExportJob</name>
    <message>
        <source>Encoding the PNG image for %1…</source>
        <translation>Encoding the PNG image for %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot export to %1: the file name must end in .png, .svg or .pdf</source>
        <translation>Cannot export to %1: the file name must end in .png, .svg or .pdf</translation>
    </message>
    <message>
        <source>Cannot export to %1: the size must be at least %2x%2 pixels</source>
        <translation>Cannot export to %1: the size must be at least %2x%2 pixels</translation>
    </message>
    <message>
        <source>the chart could not be drawn</source>
        <translation>the chart could not be drawn</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Show or hide %1 in the chart</source>
        <translation>Show or hide %1 in the chart</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <source>&amp;Quarters from</source>
        <translation>&amp;Quarters from</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Show every quarter this chart has figures for</source>
        <translation>Show every quarter this chart has figures for</translation>
    </message>
    <message>
        <source>First quarter shown</source>
        <translation>First quarter shown</translation>
    </message>
    <message>
        <source>Last quarter shown</source>
        <translation>Last quarter shown</translation>
    </message>
    <message>
        <source>%1: no figures for %2 in this range</source>
        <translation>%1: no figures for %2 in this range</translation>
    </message>
    <message>
        <source>%1: open a call of a company with figures</source>
        <translation>%1: open a call of a company with figures</translation>
    </message>
    <message>
        <source>Linked passages</source>
        <translation>Linked passages</translation>
    </message>
    <message numerus="yes">
        <source>%n linked passage(s) about %1 (click to list them):
%2</source>
        <translation>
            <numerusform>%n linked passage about %1 (click to list them):
%2</numerusform>
            <numerusform>%n linked passages about %1 (click to list them):
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Export Chart…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation>&amp;Copy Chart as Image</translation>
    </message>
    <message>
        <source>Show &amp;All Quarters</source>
        <translation>Show &amp;All Quarters</translation>
    </message>
    <message>
        <source>Show All &amp;Series</source>
        <translation>Show All &amp;Series</translation>
    </message>
    <message>
        <source>%1: no figures for %2 yet; File &gt; Import Financials… adds them</source>
        <translation>%1: no figures for %2 yet; File &gt; Import Financials… adds them</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>Product shown</source>
        <translation>Product shown</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>There is no chart to export: open a call of a company with figures.</source>
        <translation>There is no chart to export: open a call of a company with figures.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>Exported the %1 chart to %2</source>
        <translation>Exported the %1 chart to %2</translation>
    </message>
    <message>
        <source>There is no chart to copy: open a call of a company with figures.</source>
        <translation>There is no chart to copy: open a call of a company with figures.</translation>
    </message>
    <message>
        <source>Copied the %1 chart as an image</source>
        <translation>Copied the %1 chart as an image</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Exporting the %1 chart to %2…</source>
        <translation>Exporting the %1 chart to %2…</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written</source>
        <translation>Export cancelled: %1 was not written</translation>
    </message>
</context>
<context>
    <name>CliCallCommands</name>
    <message>
        <source>Usage: earnings-reader import FILE... [--company TICKER] [--period FY2025Q4] [--date yyyy-mm-dd] [--title TEXT]</source>
        <translation>Usage: earnings-reader import FILE... [--company TICKER] [--period FY2025Q4] [--date yyyy-mm-dd] [--title TEXT]</translation>
    </message>
    <message>
        <source>--date must be yyyy-mm-dd, not %1</source>
        <translation>--date must be yyyy-mm-dd, not %1</translation>
    </message>
    <message>
        <source>imported %1: call %2 &quot;%3&quot;, %4 questions, %5 turns</source>
        <translation>imported %1: call %2 &quot;%3&quot;, %4 questions, %5 turns</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>%1 questions, %2 turns</source>
        <translation>%1 questions, %2 turns</translation>
    </message>
    <message>
        <source>No call with id %1 in %2</source>
        <translation>No call with id %1 in %2</translation>
    </message>
    <message>
        <source>Usage: earnings-reader remove ID</source>
        <translation>Usage: earnings-reader remove ID</translation>
    </message>
    <message>
        <source>Could not remove call %1 from %2: %3</source>
        <translation>Could not remove call %1 from %2: %3</translation>
    </message>
    <message>
        <source>Removed call %1 (%2) with its annotations</source>
        <translation>Removed call %1 (%2) with its annotations</translation>
    </message>
    <message>
        <source>Usage: earnings-reader show ID [--script traditional|simplified|original] [--json]</source>
        <translation>Usage: earnings-reader show ID [--script traditional|simplified|original] [--json]</translation>
    </message>
    <message>
        <source>Usage: earnings-reader edit-turn CALL_ID TURN_ID --speaker NAME | --split-at N | --merge-previous | --question-starts | --not-question | --qa-starts [--json]</source>
        <translation>Usage: earnings-reader edit-turn CALL_ID TURN_ID --speaker NAME | --split-at N | --merge-previous | --question-starts | --not-question | --qa-starts [--json]</translation>
    </message>
    <message>
        <source>--split-at must be a whole number, not &quot;%1&quot;</source>
        <translation>--split-at must be a whole number, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Call %1 in %2 has no turn %3 (see: earnings-reader show %1)</source>
        <translation>Call %1 in %2 has no turn %3 (see: earnings-reader show %1)</translation>
    </message>
    <message>
        <source>Cannot edit call %1 in %2: %3</source>
        <translation>Cannot edit call %1 in %2: %3</translation>
    </message>
    <message>
        <source>call %1, turn %2: %3; the call now has %4 questions and %5 turns</source>
        <translation>call %1, turn %2: %3; the call now has %4 questions and %5 turns</translation>
    </message>
    <message>
        <source>the text after the split is turn %1</source>
        <translation>the text after the split is turn %1</translation>
    </message>
</context>
<context>
    <name>CliCallExport</name>
    <message>
        <source>Usage: earnings-reader export-call ID --out FILE.pdf [--script traditional|simplified|original]</source>
        <translation>Usage: earnings-reader export-call ID --out FILE.pdf [--script traditional|simplified|original]</translation>
    </message>
    <message>
        <source>export-call needs --out FILE.pdf</source>
        <translation>export-call needs --out FILE.pdf</translation>
    </message>
    <message>
        <source>No call with id %1 in %2</source>
        <translation>No call with id %1 in %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>CliChartCommands</name>
    <message>
        <source>The library %1 holds no figures for %2</source>
        <translation>The library %1 holds no figures for %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Imported %1 figures from %2</source>
        <translation>Imported %1 figures from %2</translation>
    </message>
    <message>
        <source>Usage: earnings-reader export-financials FILE.csv [--company TICKER]</source>
        <translation>Usage: earnings-reader export-financials FILE.csv [--company TICKER]</translation>
    </message>
    <message>
        <source>Wrote %1 figures to %2</source>
        <translation>Wrote %1 figures to %2</translation>
    </message>
    <message>
        <source>Usage: earnings-reader install-sample [--library FILE]</source>
        <translation>Usage: earnings-reader install-sample [--library FILE]</translation>
    </message>
    <message>
        <source>The built-in sample (the NVIDIA call and its figures) is in %1</source>
        <translation>The built-in sample (the NVIDIA call and its figures) is in %1</translation>
    </message>
    <message>
        <source>Usage: earnings-reader import-financials FILE.csv|FILE.json [--company TICKER]</source>
        <translation>Usage: earnings-reader import-financials FILE.csv|FILE.json [--company TICKER]</translation>
    </message>
    <message>
        <source>%1 is SEC company facts, which name a company by its CIK only: give its ticker with --company</source>
        <translation>%1 is SEC company facts, which name a company by its CIK only: give its ticker with --company</translation>
    </message>
    <message>
        <source>Imported %1 figures of %2 (%3) from %4: %5 fourth quarters derived from the year, %6 restated</source>
        <translation>Imported %1 figures of %2 (%3) from %4: %5 fourth quarters derived from the year, %6 restated</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliChartExport</name>
    <message>
        <source>--%1 must be a fiscal quarter like FY2025Q4, not %2</source>
        <translation>--%1 must be a fiscal quarter like FY2025Q4, not %2</translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot;: choose one of %2</source>
        <translation>Unknown chart &quot;%1&quot;: choose one of %2</translation>
    </message>
    <message>
        <source>export-chart needs --out FILE.png, FILE.svg or FILE.pdf</source>
        <translation>export-chart needs --out FILE.png, FILE.svg or FILE.pdf</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: the file name must end in .png, .svg or .pdf</source>
        <translation>Cannot tell the format of %1: the file name must end in .png, .svg or .pdf</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels between 100 and 10000, such as 1600x1000, not %1</source>
        <translation>--size must be WIDTHxHEIGHT in pixels between 100 and 10000, such as 1600x1000, not %1</translation>
    </message>
    <message>
        <source>--scale must be a number between 0.5 and 8, not %1</source>
        <translation>--scale must be a number between 0.5 and 8, not %1</translation>
    </message>
    <message>
        <source>--theme must be light or dark, not %1</source>
        <translation>--theme must be light or dark, not %1</translation>
    </message>
    <message>
        <source>The library %1 holds no figures; add them with import-financials or install-sample</source>
        <translation>The library %1 holds no figures; add them with import-financials or install-sample</translation>
    </message>
    <message>
        <source>The library holds figures of several companies (%1); choose one with --company</source>
        <translation>The library holds figures of several companies (%1); choose one with --company</translation>
    </message>
    <message>
        <source>The library %1 holds no figures for %2</source>
        <translation>The library %1 holds no figures for %2</translation>
    </message>
    <message>
        <source>The range %1 to %2 is empty: --from comes after --to</source>
        <translation>The range %1 to %2 is empty: --from comes after --to</translation>
    </message>
    <message>
        <source>The range %1 to %2 is empty: the %3 chart has no figures of %4 there</source>
        <translation>The range %1 to %2 is empty: the %3 chart has no figures of %4 there</translation>
    </message>
    <message>
        <source>Wrote %1: %2 chart of %3, %4 to %5, %6x%7 at %8x</source>
        <translation>Wrote %1: %2 chart of %3, %4 to %5, %6x%7 at %8x</translation>
    </message>
    <message>
        <source>Nothing to draw: %1</source>
        <translation>Nothing to draw: %1</translation>
    </message>
    <message>
        <source>Usage: earnings-reader export-chart revenue|margin|product --out FILE.png|.svg|.pdf [--company TICKER] [--product NAME] [--from FY2024Q1] [--to FY2026Q4] [--size 1600x1000] [--scale 2] [--theme light|dark]</source>
        <translation>Usage: earnings-reader export-chart revenue|margin|product --out FILE.png|.svg|.pdf [--company TICKER] [--product NAME] [--from FY2024Q1] [--to FY2026Q4] [--size 1600x1000] [--scale 2] [--theme light|dark]</translation>
    </message>
    <message>
        <source>--product is for a chart with products to choose from; %1 has none</source>
        <translation>--product is for a chart with products to choose from; %1 has none</translation>
    </message>
    <message>
        <source>%1 discloses no product &quot;%2&quot;; choose one of %3</source>
        <translation>%1 discloses no product &quot;%2&quot;; choose one of %3</translation>
    </message>
</context>
<context>
    <name>CliGuidanceCommands</name>
    <message>
        <source>%1 bp</source>
        <translation>%1 bp</translation>
    </message>
    <message>
        <source>in range</source>
        <translation>in range</translation>
    </message>
    <message>
        <source>above</source>
        <translation>above</translation>
    </message>
    <message>
        <source>below</source>
        <translation>below</translation>
    </message>
    <message>
        <source>not reported yet</source>
        <translation>not reported yet</translation>
    </message>
    <message>
        <source>no figure to check</source>
        <translation>no figure to check</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>call</source>
        <translation>call</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>metric</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>guided</source>
        <translation>guided</translation>
    </message>
    <message>
        <source>band</source>
        <translation>band</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>quote</translation>
    </message>
    <message>
        <source>Usage: earnings-reader guidance [--company T] [--json|--format csv|md] [--library FILE]</source>
        <translation>Usage: earnings-reader guidance [--company T] [--json|--format csv|md] [--library FILE]</translation>
    </message>
    <message>
        <source>guidance prints text, JSON (--json), CSV or Markdown (--format csv|md), not %1</source>
        <translation>guidance prints text, JSON (--json), CSV or Markdown (--format csv|md), not %1</translation>
    </message>
    <message>
        <source>No guidance found.</source>
        <translation>No guidance found.</translation>
    </message>
    <message>
        <source>Usage: earnings-reader check-numbers CALL_ID [--json] [--library FILE]</source>
        <translation>Usage: earnings-reader check-numbers CALL_ID [--json] [--library FILE]</translation>
    </message>
    <message>
        <source>No call %1 in %2</source>
        <translation>No call %1 in %2</translation>
    </message>
    <message>
        <source>No numbers about reported figures found.</source>
        <translation>No numbers about reported figures found.</translation>
    </message>
</context>
<context>
    <name>CliNoteCommands</name>
    <message>
        <source>Usage: earnings-reader notes [--call ID] [--tag TAG] --format md|csv|json [--out FILE]</source>
        <translation>Usage: earnings-reader notes [--call ID] [--tag TAG] --format md|csv|json [--out FILE]</translation>
    </message>
    <message>
        <source>--format must be md, csv or json, not &quot;%1&quot;</source>
        <translation>--format must be md, csv or json, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No call with id %1 in %2</source>
        <translation>No call with id %1 in %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) written to %1</source>
        <translation>
            <numerusform>%n annotation written to %1</numerusform>
            <numerusform>%n annotations written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: earnings-reader annotate CALL_ID --turn TURN_ID --start N --end N [--note TEXT] [--tags a,b] [--color NAME]</source>
        <translation>Usage: earnings-reader annotate CALL_ID --turn TURN_ID --start N --end N [--note TEXT] [--tags a,b] [--color NAME]</translation>
    </message>
    <message>
        <source>Call %1 has no turn %2 (see: earnings-reader show %1)</source>
        <translation>Call %1 has no turn %2 (see: earnings-reader show %1)</translation>
    </message>
    <message>
        <source>Offsets out of range: --start %1 --end %2, but turn %3 has %4 characters; use 0 &lt;= start &lt; end &lt;= %4</source>
        <translation>Offsets out of range: --start %1 --end %2, but turn %3 has %4 characters; use 0 &lt;= start &lt; end &lt;= %4</translation>
    </message>
    <message>
        <source>Unknown colour &quot;%1&quot;; use one of: %2</source>
        <translation>Unknown colour &quot;%1&quot;; use one of: %2</translation>
    </message>
    <message>
        <source>Cannot annotate call %1: %2</source>
        <translation>Cannot annotate call %1: %2</translation>
    </message>
    <message>
        <source>annotation %1 on call %2, turn %3, %4..%5: &quot;%6&quot;</source>
        <translation>annotation %1 on call %2, turn %3, %4..%5: &quot;%6&quot;</translation>
    </message>
    <message>
        <source>Usage: earnings-reader import-notes FILE.json</source>
        <translation>Usage: earnings-reader import-notes FILE.json</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Usage: earnings-reader reimport CALL_ID FILE</source>
        <translation>Usage: earnings-reader reimport CALL_ID FILE</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>call %1: the text is unchanged; nothing to do</source>
        <translation>call %1: the text is unchanged; nothing to do</translation>
    </message>
    <message>
        <source>call %1: text replaced, %2 turns; annotations: %3 in place, %4 moved, %5 not placed</source>
        <translation>call %1: text replaced, %2 turns; annotations: %3 in place, %4 moved, %5 not placed</translation>
    </message>
    <message>
        <source>  not placed: annotation %1 &quot;%2&quot;</source>
        <translation>  not placed: annotation %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &quot;%2&quot;</source>
        <translation>--%1 must be a whole number, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2 added (%3 not placed), %4 already here, %5 calls imported, %6 question marks, %7 put scenarios</source>
        <translation>%1: %2 added (%3 not placed), %4 already here, %5 calls imported, %6 question marks, %7 put scenarios</translation>
    </message>
    <message>
        <source>structure edits: %1 made again, %2 dropped (their text is gone)</source>
        <translation>structure edits: %1 made again, %2 dropped (their text is gone)</translation>
    </message>
    <message>
        <source>  dropped: %1 on &quot;%2&quot;</source>
        <translation>  dropped: %1 on &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>CliOptionsCommands</name>
    <message>
        <source>--%1 must be a number, not &quot;%2&quot;</source>
        <translation>--%1 must be a number, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a percentage like 45 or 45%, not &quot;%2&quot;</source>
        <translation>--%1 must be a percentage like 45 or 45%, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2025-02-26, not &quot;%2&quot;</source>
        <translation>--%1 must be a date like 2025-02-26, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 is required</translation>
    </message>
    <message>
        <source>Selling %1 put contract(s) at %2, traded %3, expiring %4; %5</source>
        <translation>Selling %1 put contract(s) at %2, traded %3, expiring %4; %5</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>Assumptions:</translation>
    </message>
    <message>
        <source>Usage: earnings-reader put-calc --price P --strike K --premium X --trade-date YYYY-MM-DD --expiry YYYY-MM-DD [--contracts N] [--fees F] [--iv PERCENT] [--rate PERCENT] [--day-basis calendar|trading] [--at-price P] [--at-date YYYY-MM-DD] [--json]</source>
        <translation>Usage: earnings-reader put-calc --price P --strike K --premium X --trade-date YYYY-MM-DD --expiry YYYY-MM-DD [--contracts N] [--fees F] [--iv PERCENT] [--rate PERCENT] [--day-basis calendar|trading] [--at-price P] [--at-date YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>--contracts must be a whole number, not &quot;%1&quot;</source>
        <translation>--contracts must be a whole number, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--day-basis must be calendar or trading, not &quot;%1&quot;</source>
        <translation>--day-basis must be calendar or trading, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Usage: earnings-reader put-scenarios --call ID [--json]</source>
        <translation>Usage: earnings-reader put-scenarios --call ID [--json]</translation>
    </message>
    <message>
        <source>No call with id %1 in %2</source>
        <translation>No call with id %1 in %2</translation>
    </message>
    <message>
        <source>No put scenarios saved with call %1</source>
        <translation>No put scenarios saved with call %1</translation>
    </message>
</context>
<context>
    <name>CliPairCommands</name>
    <message>
        <source>No call with id %1 in %2</source>
        <translation>No call with id %1 in %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Usage: earnings-reader pair ID_A ID_B [--json]</source>
        <translation>Usage: earnings-reader pair ID_A ID_B [--json]</translation>
    </message>
    <message>
        <source>%1 has no counterpart in call %2</source>
        <translation>%1 has no counterpart in call %2</translation>
    </message>
    <message>
        <source>%1 = %2, confidence %3</source>
        <translation>%1 = %2, confidence %3</translation>
    </message>
    <message>
        <source>Questions of call %1 with no counterpart: %2</source>
        <translation>Questions of call %1 with no counterpart: %2</translation>
    </message>
    <message>
        <source>These calls look unrelated (confidence %1).</source>
        <translation>These calls look unrelated (confidence %1).</translation>
    </message>
    <message>
        <source>Confidence that these calls are one event: %1</source>
        <translation>Confidence that these calls are one event: %1</translation>
    </message>
    <message>
        <source>Usage: earnings-reader compare-numbers ID_A ID_B [--json]</source>
        <translation>Usage: earnings-reader compare-numbers ID_A ID_B [--json]</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>DIFFERENT</translation>
    </message>
    <message>
        <source>only in call %1</source>
        <translation>only in call %1</translation>
    </message>
    <message>
        <source>Usage: earnings-reader repair ID_A ID_B QUESTION_A QUESTION_B|none|auto</source>
        <translation>Usage: earnings-reader repair ID_A ID_B QUESTION_A QUESTION_B|none|auto</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
</context>
<context>
    <name>CliSearchCommands</name>
    <message>
        <source>Usage: earnings-reader search QUERY [--call ID] [--json] [--limit N] [--library FILE]</source>
        <translation>Usage: earnings-reader search QUERY [--call ID] [--json] [--limit N] [--library FILE]</translation>
    </message>
    <message>
        <source>--limit must be a positive number, not %1</source>
        <translation>--limit must be a positive number, not %1</translation>
    </message>
    <message>
        <source>--call must be a call id, not %1</source>
        <translation>--call must be a call id, not %1</translation>
    </message>
    <message>
        <source>No call with id %1 in %2</source>
        <translation>No call with id %1 in %2</translation>
    </message>
    <message>
        <source>Cannot update the search index of %1: %2</source>
        <translation>Cannot update the search index of %1: %2</translation>
    </message>
    <message>
        <source>Search failed in %1: %2</source>
        <translation>Search failed in %1: %2</translation>
    </message>
    <message>
        <source>No hits for %1</source>
        <translation>No hits for %1</translation>
    </message>
    <message>
        <source>Only the first %1 hits are shown; use --limit for more.</source>
        <translation>Only the first %1 hits are shown; use --limit for more.</translation>
    </message>
</context>
<context>
    <name>CliTrendCommands</name>
    <message>
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>No mentions.</source>
        <translation>No mentions.</translation>
    </message>
    <message>
        <source>Usage: earnings-reader trend TERM... [--company T] [--by speaker|role] [--no-analysts] [--json|--format csv] [--library FILE]</source>
        <translation>Usage: earnings-reader trend TERM... [--company T] [--by speaker|role] [--no-analysts] [--json|--format csv] [--library FILE]</translation>
    </message>
    <message>
        <source>--by must be speaker or role, not %1</source>
        <translation>--by must be speaker or role, not %1</translation>
    </message>
    <message>
        <source>trend prints text, JSON (--json) or CSV (--format csv), not %1</source>
        <translation>trend prints text, JSON (--json) or CSV (--format csv), not %1</translation>
    </message>
    <message>
        <source>Cannot update the search index of %1: %2</source>
        <translation>Cannot update the search index of %1: %2</translation>
    </message>
    <message>
        <source>Usage: earnings-reader changes CALL_ID [--limit N] [--json] [--library FILE]</source>
        <translation>Usage: earnings-reader changes CALL_ID [--limit N] [--json] [--library FILE]</translation>
    </message>
    <message>
        <source>--limit must be a positive number, not %1</source>
        <translation>--limit must be a positive number, not %1</translation>
    </message>
    <message>
        <source>Call %1 (%2 %3, %4 words) against call %5 (%6, %7 words)</source>
        <translation>Call %1 (%2 %3, %4 words) against call %5 (%6, %7 words)</translation>
    </message>
    <message>
        <source>Rose:</source>
        <translation>Rose:</translation>
    </message>
    <message>
        <source>Fell:</source>
        <translation>Fell:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Library file to use instead of the default.</source>
        <translation>Library file to use instead of the default.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Print JSON instead of text.</translation>
    </message>
    <message>
        <source>Company ticker of the imported calls.</source>
        <translation>Company ticker of the imported calls.</translation>
    </message>
    <message>
        <source>Company name, with --company.</source>
        <translation>Company name, with --company.</translation>
    </message>
    <message>
        <source>Fiscal period of the imported call.</source>
        <translation>Fiscal period of the imported call.</translation>
    </message>
    <message>
        <source>Date of the imported call.</source>
        <translation>Date of the imported call.</translation>
    </message>
    <message>
        <source>Title of the imported call.</source>
        <translation>Title of the imported call.</translation>
    </message>
    <message>
        <source>The call to open, show or limit to.</source>
        <translation>The call to open, show or limit to.</translation>
    </message>
    <message>
        <source>Size of a screenshot or an exported image.</source>
        <translation>Size of a screenshot or an exported image.</translation>
    </message>
    <message>
        <source>Open the window, save a picture of it after its first paint, and quit.</source>
        <translation>Open the window, save a picture of it after its first paint, and quit.</translation>
    </message>
    <message>
        <source>Only annotations with this tag (notes).</source>
        <translation>Only annotations with this tag (notes).</translation>
    </message>
    <message>
        <source>File to write to (notes: instead of the terminal).</source>
        <translation>File to write to (notes: instead of the terminal).</translation>
    </message>
    <message>
        <source>Turn to annotate, as `show` lists it (annotate).</source>
        <translation>Turn to annotate, as `show` lists it (annotate).</translation>
    </message>
    <message>
        <source>First character of the highlight in the turn&apos;s text, from 0 (annotate).</source>
        <translation>First character of the highlight in the turn&apos;s text, from 0 (annotate).</translation>
    </message>
    <message>
        <source>Character after the highlight&apos;s last (annotate).</source>
        <translation>Character after the highlight&apos;s last (annotate).</translation>
    </message>
    <message>
        <source>Note of the annotation (annotate).</source>
        <translation>Note of the annotation (annotate).</translation>
    </message>
    <message>
        <source>Comma-separated tags of the annotation (annotate).</source>
        <translation>Comma-separated tags of the annotation (annotate).</translation>
    </message>
    <message>
        <source>Highlight colour: yellow, green, blue, pink or orange (annotate).</source>
        <translation>Highlight colour: yellow, green, blue, pink or orange (annotate).</translation>
    </message>
    <message>
        <source>First fiscal quarter of an exported chart.</source>
        <translation>First fiscal quarter of an exported chart.</translation>
    </message>
    <message>
        <source>Last fiscal quarter of an exported chart.</source>
        <translation>Last fiscal quarter of an exported chart.</translation>
    </message>
    <message>
        <source>Scale of an exported chart: text and lines this many times larger (default 2).</source>
        <translation>Scale of an exported chart: text and lines this many times larger (default 2).</translation>
    </message>
    <message>
        <source>Background of an exported chart (default light).</source>
        <translation>Background of an exported chart (default light).</translation>
    </message>
    <message>
        <source>import FILE...  Import transcripts</source>
        <translation>import FILE...  Import transcripts</translation>
    </message>
    <message>
        <source>calls  List the calls in the library</source>
        <translation>calls  List the calls in the library</translation>
    </message>
    <message>
        <source>search QUERY [--call ID] [--json] [--limit N]  Search the calls (Chinese in either script, English in any case)</source>
        <translation>search QUERY [--call ID] [--json] [--limit N]  Search the calls (Chinese in either script, English in any case)</translation>
    </message>
    <message>
        <source>notes [--call ID] [--tag T] --format md|csv|json [--out FILE]  Export annotations</source>
        <translation>notes [--call ID] [--tag T] --format md|csv|json [--out FILE]  Export annotations</translation>
    </message>
    <message>
        <source>annotate ID --turn TURN_ID --start N --end N [--note TEXT] [--tags a,b] [--color NAME]  Highlight text</source>
        <translation>annotate ID --turn TURN_ID --start N --end N [--note TEXT] [--tags a,b] [--color NAME]  Highlight text</translation>
    </message>
    <message>
        <source>import-notes FILE.json  Import exported annotations</source>
        <translation>import-notes FILE.json  Import exported annotations</translation>
    </message>
    <message>
        <source>reimport ID FILE  Replace a call&apos;s text, keeping its annotations</source>
        <translation>reimport ID FILE  Replace a call&apos;s text, keeping its annotations</translation>
    </message>
    <message>
        <source>export-financials FILE.csv [--company T]  Export figures</source>
        <translation>export-financials FILE.csv [--company T]  Export figures</translation>
    </message>
    <message>
        <source>install-sample  Put the built-in NVIDIA call and figures into the library</source>
        <translation>install-sample  Put the built-in NVIDIA call and figures into the library</translation>
    </message>
    <message>
        <source>Read earnings calls against the numbers. With no sub-command, opens the window.</source>
        <translation>Read earnings calls against the numbers. With no sub-command, opens the window.</translation>
    </message>
    <message>
        <source>Sub-command to run:</source>
        <translation>Sub-command to run:</translation>
    </message>
    <message>
        <source>Sub-commands:</source>
        <translation>Sub-commands:</translation>
    </message>
    <message>
        <source>Unknown sub-command: %1 (see --help)</source>
        <translation>Unknown sub-command: %1 (see --help)</translation>
    </message>
    <message>
        <source>Chart pane to show in the window.</source>
        <translation>Chart pane to show in the window.</translation>
    </message>
    <message>
        <source>Interface language for this run.</source>
        <translation>Interface language for this run.</translation>
    </message>
    <message>
        <source>Use a dark palette for this run.</source>
        <translation>Use a dark palette for this run.</translation>
    </message>
    <message>
        <source>%1 draws, and cannot run without the window&apos;s module</source>
        <translation>%1 draws, and cannot run without the window&apos;s module</translation>
    </message>
    <message>
        <source>Stock price per share (put-calc).</source>
        <translation>Stock price per share (put-calc).</translation>
    </message>
    <message>
        <source>Strike of the put (put-calc).</source>
        <translation>Strike of the put (put-calc).</translation>
    </message>
    <message>
        <source>Premium received per share (put-calc).</source>
        <translation>Premium received per share (put-calc).</translation>
    </message>
    <message>
        <source>Day the put is sold (put-calc).</source>
        <translation>Day the put is sold (put-calc).</translation>
    </message>
    <message>
        <source>Expiry date of the put (put-calc).</source>
        <translation>Expiry date of the put (put-calc).</translation>
    </message>
    <message>
        <source>Contracts of 100 shares sold (put-calc; default 1).</source>
        <translation>Contracts of 100 shares sold (put-calc; default 1).</translation>
    </message>
    <message>
        <source>Fees for the whole trade, in dollars (put-calc; default 0).</source>
        <translation>Fees for the whole trade, in dollars (put-calc; default 0).</translation>
    </message>
    <message>
        <source>Implied volatility, e.g. 45 for 45% (put-calc; optional).</source>
        <translation>Implied volatility, e.g. 45 for 45% (put-calc; optional).</translation>
    </message>
    <message>
        <source>Risk-free rate, e.g. 4.3 for 4.3% (put-calc; default 0).</source>
        <translation>Risk-free rate, e.g. 4.3 for 4.3% (put-calc; default 0).</translation>
    </message>
    <message>
        <source>Days counted: calendar (365 a year, default) or trading (252) (put-calc).</source>
        <translation>Days counted: calendar (365 a year, default) or trading (252) (put-calc).</translation>
    </message>
    <message>
        <source>Stock price to work out the result at (put-calc).</source>
        <translation>Stock price to work out the result at (put-calc).</translation>
    </message>
    <message>
        <source>Date to value the put on before expiry (put-calc, with --iv).</source>
        <translation>Date to value the put on before expiry (put-calc, with --iv).</translation>
    </message>
    <message>
        <source>put-calc --price P --strike K --premium X --trade-date D --expiry D [--contracts N] [--fees F] [--iv V] [--rate R] [--day-basis calendar|trading] [--json]  Work out selling a put, with every formula</source>
        <translation>put-calc --price P --strike K --premium X --trade-date D --expiry D [--contracts N] [--fees F] [--iv V] [--rate R] [--day-basis calendar|trading] [--json]  Work out selling a put, with every formula</translation>
    </message>
    <message>
        <source>put-scenarios --call ID [--json]  Put scenarios saved with a call, worked out</source>
        <translation>put-scenarios --call ID [--json]  Put scenarios saved with a call, worked out</translation>
    </message>
    <message>
        <source>remove ID  Remove a call with its annotations from the library</source>
        <translation>remove ID  Remove a call with its annotations from the library</translation>
    </message>
    <message>
        <source>pair ID_A ID_B [--json]  Pair the questions of two versions of one call (e.g. a translation and its original), with the evidence</source>
        <translation>pair ID_A ID_B [--json]  Pair the questions of two versions of one call (e.g. a translation and its original), with the evidence</translation>
    </message>
    <message>
        <source>compare-numbers ID_A ID_B [--json]  The numbers of each paired question side by side, flagging those that differ or are on one side only</source>
        <translation>compare-numbers ID_A ID_B [--json]  The numbers of each paired question side by side, flagging those that differ or are on one side only</translation>
    </message>
    <message>
        <source>repair ID_A ID_B QUESTION_A QUESTION_B|none|auto  Pair a question by hand (none: it has no counterpart; auto: back to the aligner&apos;s choice)</source>
        <translation>repair ID_A ID_B QUESTION_A QUESTION_B|none|auto  Pair a question by hand (none: it has no counterpart; auto: back to the aligner&apos;s choice)</translation>
    </message>
    <message>
        <source>Most hits to print (search; default 50; changes: 20 each way).</source>
        <translation>Most hits to print (search; default 50; changes: 20 each way).</translation>
    </message>
    <message>
        <source>Split a trend by speaker (default) or by role (trend).</source>
        <translation>Split a trend by speaker (default) or by role (trend).</translation>
    </message>
    <message>
        <source>Leave analysts out of a trend (trend).</source>
        <translation>Leave analysts out of a trend (trend).</translation>
    </message>
    <message>
        <source>trend TERM... [--company T] [--by speaker|role] [--no-analysts] [--json|--format csv]  Count terms call by call, per speaker or role</source>
        <translation>trend TERM... [--company T] [--by speaker|role] [--no-analysts] [--json|--format csv]  Count terms call by call, per speaker or role</translation>
    </message>
    <message>
        <source>changes CALL_ID [--limit N] [--json]  Terms that rose or fell most since the company&apos;s previous call</source>
        <translation>changes CALL_ID [--limit N] [--json]  Terms that rose or fell most since the company&apos;s previous call</translation>
    </message>
    <message>
        <source>import-financials FILE.csv|FILE.json [--company T]  Import figures from CSV or SEC company facts (all or none)</source>
        <translation>import-financials FILE.csv|FILE.json [--company T]  Import figures from CSV or SEC company facts (all or none)</translation>
    </message>
    <message>
        <source>Chinese script of the call&apos;s text (show: default original; export-call: default the window&apos;s choice). Characters only, words as said.</source>
        <translation>Chinese script of the call&apos;s text (show: default original; export-call: default the window&apos;s choice). Characters only, words as said.</translation>
    </message>
    <message>
        <source>show ID [--script traditional|simplified|original] [--json]  Print a call</source>
        <translation>show ID [--script traditional|simplified|original] [--json]  Print a call</translation>
    </message>
    <message>
        <source>export-call ID --out FILE.pdf [--script traditional|simplified|original]  Save a call with its notes as PDF, as the window exports it</source>
        <translation>export-call ID --out FILE.pdf [--script traditional|simplified|original]  Save a call with its notes as PDF, as the window exports it</translation>
    </message>
    <message>
        <source>--script must be traditional, simplified or original, not %1</source>
        <translation>--script must be traditional, simplified or original, not %1</translation>
    </message>
    <message>
        <source>Give the turn this speaker, listed or not (edit-turn).</source>
        <translation>Give the turn this speaker, listed or not (edit-turn).</translation>
    </message>
    <message>
        <source>Split the turn before this character of its text, from 0 (edit-turn).</source>
        <translation>Split the turn before this character of its text, from 0 (edit-turn).</translation>
    </message>
    <message>
        <source>Merge the turn into the one before it (edit-turn).</source>
        <translation>Merge the turn into the one before it (edit-turn).</translation>
    </message>
    <message>
        <source>A new question starts with the turn (edit-turn).</source>
        <translation>A new question starts with the turn (edit-turn).</translation>
    </message>
    <message>
        <source>The question the turn starts is none: it joins the one before (edit-turn).</source>
        <translation>The question the turn starts is none: it joins the one before (edit-turn).</translation>
    </message>
    <message>
        <source>The Q&amp;A starts with the turn (edit-turn).</source>
        <translation>The Q&amp;A starts with the turn (edit-turn).</translation>
    </message>
    <message>
        <source>edit-turn CALL_ID TURN_ID --speaker NAME|--split-at N|--merge-previous|--question-starts|--not-question|--qa-starts [--json]  Fix what the parser made of a turn (kept when the call is re-imported)</source>
        <translation>edit-turn CALL_ID TURN_ID --speaker NAME|--split-at N|--merge-previous|--question-starts|--not-question|--qa-starts [--json]  Fix what the parser made of a turn (kept when the call is re-imported)</translation>
    </message>
    <message>
        <source>Product whose ramp export-chart product draws (default: the company&apos;s first).</source>
        <translation>Product whose ramp export-chart product draws (default: the company&apos;s first).</translation>
    </message>
    <message>
        <source>export-chart revenue|margin|product --out FILE.png|.svg|.pdf [--company T] [--product P] [--from Q] [--to Q] [--size WxH]  Export a chart</source>
        <translation>export-chart revenue|margin|product --out FILE.png|.svg|.pdf [--company T] [--product P] [--from Q] [--to Q] [--size WxH]  Export a chart</translation>
    </message>
    <message>
        <source>Export format (notes, trend, guidance).</source>
        <translation>Export format (notes, trend, guidance).</translation>
    </message>
    <message>
        <source>guidance [--company T] [--json|--format csv|md]  What management guided, for which period, and how it turned out against the figures</source>
        <translation>guidance [--company T] [--json|--format csv|md]  What management guided, for which period, and how it turned out against the figures</translation>
    </message>
    <message>
        <source>check-numbers CALL_ID [--json]  The numbers a call states about reported figures, each checked against the stored figures</source>
        <translation>check-numbers CALL_ID [--json]  The numbers a call states about reported figures, each checked against the stored figures</translation>
    </message>
</context>
<context>
    <name>CompanyFacts</name>
    <message>
        <source>%1 filed on %2, accession %3</source>
        <translation>%1 filed on %2, accession %3</translation>
    </message>
    <message>
        <source>name the company&apos;s ticker (capital letters, digits, dots); company facts identify a company by its CIK only</source>
        <translation>name the company&apos;s ticker (capital letters, digits, dots); company facts identify a company by its CIK only</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>not valid JSON: %1 at byte %2</translation>
    </message>
    <message>
        <source>not SEC company facts: there is no &quot;facts&quot; object (expected the file EDGAR serves as CIK##########.json)</source>
        <translation>not SEC company facts: there is no &quot;facts&quot; object (expected the file EDGAR serves as CIK##########.json)</translation>
    </message>
    <message>
        <source>no revenue concept with periods (looked for us-gaap Revenues, RevenueFromContractWithCustomerExcludingAssessedTax, SalesRevenueNet and ifrs-full Revenue)</source>
        <translation>no revenue concept with periods (looked for us-gaap Revenues, RevenueFromContractWithCustomerExcludingAssessedTax, SalesRevenueNet and ifrs-full Revenue)</translation>
    </message>
    <message>
        <source>no annual report (10-K) period to learn the fiscal year end from</source>
        <translation>no annual report (10-K) period to learn the fiscal year end from</translation>
    </message>
    <message>
        <source>%1 is in &quot;%2&quot;, which is not a currency</source>
        <translation>%1 is in &quot;%2&quot;, which is not a currency</translation>
    </message>
    <message>
        <source>%1 is in %2; the library keeps figures in US dollars</source>
        <translation>%1 is in %2; the library keeps figures in US dollars</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>restated: first reported as %1 in the %2</source>
        <translation>restated: first reported as %1 in the %2</translation>
    </message>
    <message>
        <source>%1 minus %2 (%3)</source>
        <translation>%1 minus %2 (%3)</translation>
    </message>
    <message>
        <source>derived: fiscal year %1 %2 minus the nine months to %3, %4</source>
        <translation>derived: fiscal year %1 %2 minus the nine months to %3, %4</translation>
    </message>
    <message>
        <source>computed: %1 minus %2</source>
        <translation>computed: %1 minus %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>computed: gross profit %1 / revenue %2 (%3)</source>
        <translation>computed: gross profit %1 / revenue %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: not a regular file</translation>
    </message>
    <message>
        <source>%1: %2 bytes is more than any company facts file (at most %3)</source>
        <translation>%1: %2 bytes is more than any company facts file (at most %3)</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: cannot read the file: %2</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: nothing was imported: %2</translation>
    </message>
    <message>
        <source>no revenue for a fiscal quarter or a whole fiscal year</source>
        <translation>no revenue for a fiscal quarter or a whole fiscal year</translation>
    </message>
</context>
<context>
    <name>DeleteAnnotationCommand</name>
    <message>
        <source>Delete annotation &quot;%1&quot;</source>
        <translation>Delete annotation &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not delete the annotation &quot;%1&quot;</source>
        <translation>Could not delete the annotation &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>DeletePutScenarioCommand</name>
    <message>
        <source>Delete put scenario &quot;%1&quot;</source>
        <translation>Delete put scenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not delete the put scenario &quot;%1&quot;</source>
        <translation>Could not delete the put scenario &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <source>Edit annotation &quot;%1&quot;</source>
        <translation>Edit annotation &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not save the annotation &quot;%1&quot;</source>
        <translation>Could not save the annotation &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>EditCallDetailsCommand</name>
    <message>
        <source>Edit the details of %1</source>
        <translation>Edit the details of %1</translation>
    </message>
    <message>
        <source>Could not change the details of %1</source>
        <translation>Could not change the details of %1</translation>
    </message>
</context>
<context>
    <name>EditFigureCommand</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Add figure %1</source>
        <translation>Add figure %1</translation>
    </message>
    <message>
        <source>Remove figure %1</source>
        <translation>Remove figure %1</translation>
    </message>
    <message>
        <source>Edit figure %1</source>
        <translation>Edit figure %1</translation>
    </message>
    <message>
        <source>Could not add the figure %1</source>
        <translation>Could not add the figure %1</translation>
    </message>
    <message>
        <source>Could not remove the figure %1</source>
        <translation>Could not remove the figure %1</translation>
    </message>
    <message>
        <source>Could not save the figure %1</source>
        <translation>Could not save the figure %1</translation>
    </message>
    <message>
        <source>Could not save the figure</source>
        <translation>Could not save the figure</translation>
    </message>
</context>
<context>
    <name>EditSpeakerCommand</name>
    <message>
        <source>Edit speaker %1</source>
        <translation>Edit speaker %1</translation>
    </message>
    <message>
        <source>Could not rename the speaker %1 to %2</source>
        <translation>Could not rename the speaker %1 to %2</translation>
    </message>
    <message>
        <source>Could not change the firm of the speaker %1</source>
        <translation>Could not change the firm of the speaker %1</translation>
    </message>
    <message>
        <source>Could not save the speaker %1</source>
        <translation>Could not save the speaker %1</translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>$%1M</source>
        <translation>$%1M</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>+%1%</source>
        <translation>+%1%</translation>
    </message>
    <message>
        <source>+%1 pt</source>
        <translation>+%1 pt</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>guidance</translation>
    </message>
    <message>
        <source>disclosed</source>
        <translation>disclosed</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimate</translation>
    </message>
</context>
<context>
    <name>FigureSource</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>press release</source>
        <translation>press release</translation>
    </message>
    <message>
        <source>the article that comes with the sample call</source>
        <translation>the article that comes with the sample call</translation>
    </message>
    <message>
        <source>%1 %2 for %3</source>
        <translation>%1 %2 for %3</translation>
    </message>
    <message>
        <source>%1 earnings call for %2</source>
        <translation>%1 earnings call for %2</translation>
    </message>
    <message>
        <source>%1, filed %2</source>
        <translation>%1, filed %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 earnings calls for %2</source>
        <translation>%1 earnings calls for %2</translation>
    </message>
    <message>
        <source>%1 %2, filed %3</source>
        <translation>%1 %2, filed %3</translation>
    </message>
    <message>
        <source>%1 %2 filings, filed %3 to %4</source>
        <translation>%1 %2 filings, filed %3 to %4</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Value: %1 (stored as %2)</source>
        <translation>Value: %1 (stored as %2)</translation>
    </message>
    <message>
        <source>Quarter ended %1</source>
        <translation>Quarter ended %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Entered or changed by you, not taken from the source.</source>
        <translation>Entered or changed by you, not taken from the source.</translation>
    </message>
    <message>
        <source>(statement)</source>
        <translation>(statement)</translation>
    </message>
    <message>
        <source>user-entered</source>
        <translation>user-entered</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>“%1” is not a number; %2 %3 was not changed.</source>
        <translation>“%1” is not a number; %2 %3 was not changed.</translation>
    </message>
    <message>
        <source>%1 %2 was not changed: %3</source>
        <translation>%1 %2 was not changed: %3</translation>
    </message>
    <message>
        <source>The figure was not added: %1</source>
        <translation>The figure was not added: %1</translation>
    </message>
    <message>
        <source>There is already a %1 figure for %2 in %3; edit it instead.</source>
        <translation>There is already a %1 figure for %2 in %3; edit it instead.</translation>
    </message>
    <message>
        <source>%1 %2 came from %3 and cannot be removed; edit its value instead.</source>
        <translation>%1 %2 came from %3 and cannot be removed; edit its value instead.</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>Recorded as: %1</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>%1 (quarter ended %2)</source>
        <translation>%1 (quarter ended %2)</translation>
    </message>
    <message>
        <source>Entered by you in the Figures table, not taken from the source below.</source>
        <translation>Entered by you in the Figures table, not taken from the source below.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>$%1B</source>
        <translation>$%1B</translation>
    </message>
    <message>
        <source>%1 (fiscal year ended %2)</source>
        <translation>%1 (fiscal year ended %2)</translation>
    </message>
</context>
<context>
    <name>FiguresDock</name>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Filter figures</source>
        <translation>Filter figures</translation>
    </message>
    <message>
        <source>Figures of the open call&apos;s company</source>
        <translation>Figures of the open call&apos;s company</translation>
    </message>
    <message>
        <source>Add Estimate…</source>
        <translation>Add Estimate…</translation>
    </message>
    <message>
        <source>Enter a figure of your own; it is marked as user-entered</source>
        <translation>Enter a figure of your own; it is marked as user-entered</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected figures you entered</source>
        <translation>Remove the selected figures you entered</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import figures from a CSV file</source>
        <translation>Import figures from a CSV file</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export the figures of this company to a CSV file</source>
        <translation>Export the figures of this company to a CSV file</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Nothing was imported from %1:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) from %1</source>
        <translation>
            <numerusform>Imported %n figure from %1</numerusform>
            <numerusform>Imported %n figures from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Financials</source>
        <translation>Import Financials</translation>
    </message>
    <message>
        <source>Export Financials</source>
        <translation>Export Financials</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n figure(s) to %1</source>
        <translation>
            <numerusform>Exported %n figure to %1</numerusform>
            <numerusform>Exported %n figures to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Estimate for %1</source>
        <translation>Add Estimate for %1</translation>
    </message>
    <message>
        <source>in the metric&apos;s unit: US$ millions, % or US$</source>
        <translation>in the metric&apos;s unit: US$ millions, % or US$</translation>
    </message>
    <message>
        <source>how you arrived at it</source>
        <translation>how you arrived at it</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metric:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>“%1” is not a fiscal quarter like FY2026Q1; nothing was added.</source>
        <translation>“%1” is not a fiscal quarter like FY2026Q1; nothing was added.</translation>
    </message>
    <message>
        <source>“%1” is not a number; nothing was added.</source>
        <translation>“%1” is not a number; nothing was added.</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <source>Added an estimate of %1 for %2</source>
        <translation>Added an estimate of %1 for %2</translation>
    </message>
    <message>
        <source>Importing company facts…</source>
        <translation>Importing company facts…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) of %1 from %2 (%3 fourth quarters derived, %4 restated)</source>
        <translation>
            <numerusform>Imported %n figure of %1 from %2 (%3 fourth quarters derived, %4 restated)</numerusform>
            <numerusform>Imported %n figures of %1 from %2 (%3 fourth quarters derived, %4 restated)</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures (*.csv *.json);;CSV files (*.csv);;SEC company facts (*.json);;All files (*)</source>
        <translation>Figures (*.csv *.json);;CSV files (*.csv);;SEC company facts (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>SEC company facts name a company by its CIK only. Ticker to file the figures under:</source>
        <translation>SEC company facts name a company by its CIK only. Ticker to file the figures under:</translation>
    </message>
    <message>
        <source>Add Disclosure…</source>
        <translation>Add Disclosure…</translation>
    </message>
    <message>
        <source>Enter what the company disclosed about a product (or your estimate), with its source</source>
        <translation>Enter what the company disclosed about a product (or your estimate), with its source</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) of %1 from %2: fiscal years only, the file has no quarters (%3 restated)</source>
        <translation>
            <numerusform>Imported %n figure of %1 from %2: fiscal years only, the file has no quarters (%3 restated)</numerusform>
            <numerusform>Imported %n figures of %1 from %2: fiscal years only, the file has no quarters (%3 restated)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>The disclosure was not added: %1.</source>
        <translation>The disclosure was not added: %1.</translation>
    </message>
    <message>
        <source>Added %1 for %2 (%3)</source>
        <translation>Added %1 for %2 (%3)</translation>
    </message>
</context>
<context>
    <name>FinancialCsv</name>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation>line %1: text after the closing quote of a field</translation>
    </message>
    <message>
        <source>line %1: a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>line %1: a quote inside an unquoted field (quote the whole field and double the quote)</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>line %1: a quoted field is not closed</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
        <source>the file is empty; expected the header %1</source>
        <translation>the file is empty; expected the header %1</translation>
    </message>
    <message>
        <source>the header must be %1</source>
        <translation>the header must be %1</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>expected %1 fields, found %2</translation>
    </message>
    <message>
        <source>bad fiscal quarter &quot;%1&quot; (expected FY2025Q4)</source>
        <translation>bad fiscal quarter &quot;%1&quot; (expected FY2025Q4)</translation>
    </message>
    <message>
        <source>bad period end date &quot;%1&quot; (expected yyyy-mm-dd)</source>
        <translation>bad period end date &quot;%1&quot; (expected yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected actual, guidance, disclosed or estimate)</source>
        <translation>unknown kind &quot;%1&quot; (expected actual, guidance, disclosed or estimate)</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is not a number</source>
        <translation>the value &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>user_entered must be 0 or 1, not &quot;%1&quot;</source>
        <translation>user_entered must be 0 or 1, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate of line %1 (%2 %3 %4 %5)</source>
        <translation>duplicate of line %1 (%2 %3 %4 %5)</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: nothing was imported: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: cannot write the file: %2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this call</source>
        <translation>Find in this call</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Find text</translation>
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation>Previous match (%1)</translation>
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation>Next match (%1)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match(es)</numerusform>
            <numerusform>%n match(es)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Cannot open the library</source>
        <translation>Cannot open the library</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation>--size must be WIDTHxHEIGHT, e.g. 1280x800</translation>
    </message>
    <message>
        <source>--language must be one of %1</source>
        <translation>--language must be one of %1</translation>
    </message>
    <message>
        <source>Could not start a window for %1.</source>
        <translation>Could not start a window for %1.</translation>
    </message>
    <message>
        <source>--pane must be revenue, margin or product</source>
        <translation>--pane must be revenue, margin or product</translation>
    </message>
</context>
<context>
    <name>GuidanceDock</name>
    <message>
        <source>No call is open.</source>
        <translation>No call is open.</translation>
    </message>
    <message>
        <source>Guidance statements in this call: %1.</source>
        <translation>Guidance statements in this call: %1.</translation>
    </message>
    <message>
        <source>Guidance statements in the calls of %1: %2.</source>
        <translation>Guidance statements in the calls of %1: %2.</translation>
    </message>
    <message>
        <source>Statements that differ from the outlook in the company&apos;s release: %1.</source>
        <translation>Statements that differ from the outlook in the company&apos;s release: %1.</translation>
    </message>
    <message>
        <source>%1 numbers about reported figures: %2 match, %3 differ, %4 cannot be checked.</source>
        <translation>%1 numbers about reported figures: %2 match, %3 differ, %4 cannot be checked.</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>All metrics</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>All periods</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Numbers in This Call</source>
        <translation>Numbers in This Call</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>Show dismissed</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>As Found</source>
        <translation>As Found</translation>
    </message>
    <message>
        <source>Mark the selected entry as checked against the call</source>
        <translation>Mark the selected entry as checked against the call</translation>
    </message>
    <message>
        <source>The selected sentence is not guidance; keep it out of the ledger</source>
        <translation>The selected sentence is not guidance; keep it out of the ledger</translation>
    </message>
    <message>
        <source>Take back the decision on the selected entry</source>
        <translation>Take back the decision on the selected entry</translation>
    </message>
    <message>
        <source>Guidance ledger</source>
        <translation>Guidance ledger</translation>
    </message>
    <message>
        <source>Numbers of the open call, checked against the figures</source>
        <translation>Numbers of the open call, checked against the figures</translation>
    </message>
    <message>
        <source>Show the guidance on this metric</source>
        <translation>Show the guidance on this metric</translation>
    </message>
    <message>
        <source>Show the guidance for this period</source>
        <translation>Show the guidance for this period</translation>
    </message>
</context>
<context>
    <name>GuidanceEditDialog</name>
    <message>
        <source>The whole fiscal year</source>
        <translation>The whole fiscal year</translation>
    </message>
    <message>
        <source>Late in the year</source>
        <translation>Late in the year</translation>
    </message>
    <message>
        <source>Edit Guidance</source>
        <translation>Edit Guidance</translation>
    </message>
    <message>
        <source> $M</source>
        <translation> $M</translation>
    </message>
    <message>
        <source> bp</source>
        <translation> bp</translation>
    </message>
    <message>
        <source>&amp;Low:</source>
        <translation>&amp;Low:</translation>
    </message>
    <message>
        <source>&amp;High:</source>
        <translation>&amp;High:</translation>
    </message>
    <message>
        <source>&amp;From quarter:</source>
        <translation>&amp;From quarter:</translation>
    </message>
    <message>
        <source>&amp;To quarter:</source>
        <translation>&amp;To quarter:</translation>
    </message>
</context>
<context>
    <name>GuidanceMetrics</name>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Data Center revenue</source>
        <translation>Data Center revenue</translation>
    </message>
    <message>
        <source>Gaming revenue</source>
        <translation>Gaming revenue</translation>
    </message>
    <message>
        <source>GAAP gross margin</source>
        <translation>GAAP gross margin</translation>
    </message>
    <message>
        <source>Non-GAAP gross margin</source>
        <translation>Non-GAAP gross margin</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Gross margin</translation>
    </message>
    <message>
        <source>GAAP operating expenses</source>
        <translation>GAAP operating expenses</translation>
    </message>
    <message>
        <source>Non-GAAP operating expenses</source>
        <translation>Non-GAAP operating expenses</translation>
    </message>
    <message>
        <source>Operating expenses</source>
        <translation>Operating expenses</translation>
    </message>
    <message>
        <source>Other income and expense</source>
        <translation>Other income and expense</translation>
    </message>
    <message>
        <source>GAAP tax rate</source>
        <translation>GAAP tax rate</translation>
    </message>
    <message>
        <source>Non-GAAP tax rate</source>
        <translation>Non-GAAP tax rate</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tax rate</translation>
    </message>
    <message>
        <source>A segment&apos;s revenue</source>
        <translation>A segment&apos;s revenue</translation>
    </message>
    <message>
        <source>Operating income</source>
        <translation>Operating income</translation>
    </message>
    <message>
        <source>GAAP net income</source>
        <translation>GAAP net income</translation>
    </message>
</context>
<context>
    <name>GuidanceTableModel</name>
    <message>
        <source>%1 bp</source>
        <translation>%1 bp</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>In range</source>
        <translation>In range</translation>
    </message>
    <message>
        <source>Above, by %1</source>
        <translation>Above, by %1</translation>
    </message>
    <message>
        <source>Below, by %1</source>
        <translation>Below, by %1</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>Not reported yet</translation>
    </message>
    <message>
        <source>No figure to check</source>
        <translation>No figure to check</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>%1 (assumed)</source>
        <translation>%1 (assumed)</translation>
    </message>
    <message>
        <source>%1 (analyst)</source>
        <translation>%1 (analyst)</translation>
    </message>
    <message>
        <source>The range of the band, as the company defined it: %1</source>
        <translation>The range of the band, as the company defined it: %1</translation>
    </message>
    <message>
        <source>The release&apos;s outlook differs: %1</source>
        <translation>The release&apos;s outlook differs: %1</translation>
    </message>
    <message>
        <source>The release&apos;s outlook agrees: %1</source>
        <translation>The release&apos;s outlook agrees: %1</translation>
    </message>
    <message>
        <source>Reported figure: %1</source>
        <translation>Reported figure: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Guided</source>
        <translation>Guided</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>%1, not what the call said</source>
        <translation>%1, not what the call said</translation>
    </message>
    <message>
        <source>Release&apos;s outlook</source>
        <translation>Release&apos;s outlook</translation>
    </message>
</context>
<context>
    <name>GuidedRanges</name>
    <message>
        <source>%1 %2, %3: “%4”
%5 guided %6 for %7: %8</source>
        <translation>%1 %2, %3: “%4”
%5 guided %6 for %7: %8</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing transcripts…</source>
        <translation>Importing transcripts…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importing %1 (%2 of %3)…</translation>
    </message>
    <message>
        <source>Import transcripts</source>
        <translation>Import transcripts</translation>
    </message>
    <message numerus="yes">
        <source>✓ %1: %2 (%n question(s))</source>
        <translation>
            <numerusform>✓ %1: %2 (%n question)</numerusform>
            <numerusform>✓ %1: %2 (%n questions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n file(s).</source>
        <translation>
            <numerusform>Imported %1 of %n file.</numerusform>
            <numerusform>Imported %1 of %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not imported.</source>
        <translation>
            <numerusform>Cancelled: %n file not imported.</numerusform>
            <numerusform>Cancelled: %n files not imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import cancelled.</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <source>Could not undo &quot;%1&quot;</source>
        <translation>Could not undo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the library refused the change</source>
        <translation>the library refused the change</translation>
    </message>
</context>
<context>
    <name>LibraryStore</name>
    <message>
        <source>Cannot open library %1: %2</source>
        <translation>Cannot open library %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>the file is not an Earnings Reader library (not an SQLite database); it was not changed</source>
        <translation>the file is not an Earnings Reader library (not an SQLite database); it was not changed</translation>
    </message>
    <message>
        <source>the file is damaged (%1); it was not changed</source>
        <translation>the file is damaged (%1); it was not changed</translation>
    </message>
    <message>
        <source>it was written by a newer version of Earnings Reader (schema %1; this version knows up to %2); it was not changed</source>
        <translation>it was written by a newer version of Earnings Reader (schema %1; this version knows up to %2); it was not changed</translation>
    </message>
    <message>
        <source>the file is read-only and needs an upgrade from schema %1 to %2</source>
        <translation>the file is read-only and needs an upgrade from schema %1 to %2</translation>
    </message>
    <message>
        <source>upgrade to schema %1 failed: %2</source>
        <translation>upgrade to schema %1 failed: %2</translation>
    </message>
    <message>
        <source>the library %1 is open read-only</source>
        <translation>the library %1 is open read-only</translation>
    </message>
    <message>
        <source>this text is already in the library as call %1</source>
        <translation>this text is already in the library as call %1</translation>
    </message>
    <message>
        <source>call %1 does not exist</source>
        <translation>call %1 does not exist</translation>
    </message>
    <message>
        <source>speaker %1 does not exist</source>
        <translation>speaker %1 does not exist</translation>
    </message>
    <message>
        <source>%1 (the disk may be full or the library file cannot be written; nothing was changed)</source>
        <translation>%1 (the disk may be full or the library file cannot be written; nothing was changed)</translation>
    </message>
    <message>
        <source>it is a SQLite database but not an Earnings Reader library; it was not changed</source>
        <translation>it is a SQLite database but not an Earnings Reader library; it was not changed</translation>
    </message>
    <message>
        <source>the database connection is not SQLite</source>
        <translation>the database connection is not SQLite</translation>
    </message>
    <message>
        <source>it holds objects Earnings Reader does not create (%1); it was not changed</source>
        <translation>it holds objects Earnings Reader does not create (%1); it was not changed</translation>
    </message>
    <message>
        <source>parts of its schema are missing (%1); it was not changed</source>
        <translation>parts of its schema are missing (%1); it was not changed</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>cannot read the schema version: %1</translation>
    </message>
    <message>
        <source>its schema version is %1, which no version of Earnings Reader writes; it was not changed</source>
        <translation>its schema version is %1, which no version of Earnings Reader writes; it was not changed</translation>
    </message>
    <message>
        <source>the library %1 is damaged (%2); nothing more is written to it. Open a backup, or recover what can be read with sqlite3&apos;s .recover</source>
        <translation>the library %1 is damaged (%2); nothing more is written to it. Open a backup, or recover what can be read with sqlite3&apos;s .recover</translation>
    </message>
    <message>
        <source>an annotation covers that place; a turn cannot be split inside a highlight</source>
        <translation>an annotation covers that place; a turn cannot be split inside a highlight</translation>
    </message>
    <message>
        <source>question %1 would no longer exist, and it has a mark or a pairing made by hand; remove those first</source>
        <translation>question %1 would no longer exist, and it has a mark or a pairing made by hand; remove those first</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticker (capital letters, digits, dots)</source>
        <translation>&quot;%1&quot; is not a ticker (capital letters, digits, dots)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fiscal period (expected FY2025Q4)</source>
        <translation>&quot;%1&quot; is not a fiscal period (expected FY2025Q4)</translation>
    </message>
    <message>
        <source>a call needs a title</source>
        <translation>a call needs a title</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; has control characters</source>
        <translation>the text &quot;%1&quot; has control characters</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Zoom: %1%</source>
        <translation>Zoom: %1%</translation>
    </message>
    <message>
        <source>Read-only library: changes cannot be saved</source>
        <translation>Read-only library: changes cannot be saved</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import Transcript…</source>
        <translation>&amp;Import Transcript…</translation>
    </message>
    <message>
        <source>Import one or more transcript text files into the library</source>
        <translation>Import one or more transcript text files into the library</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>&amp;Next Question</translation>
    </message>
    <message>
        <source>Scroll to the next analyst question</source>
        <translation>Scroll to the next analyst question</translation>
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation>&amp;Previous Question</translation>
    </message>
    <message>
        <source>Scroll to the previous analyst question</source>
        <translation>Scroll to the previous analyst question</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Earnings Reader</source>
        <translation>&amp;About Earnings Reader</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Export Chart…</translation>
    </message>
    <message>
        <source>Save the chart shown beside the transcript as PNG, SVG or PDF</source>
        <translation>Save the chart shown beside the transcript as PNG, SVG or PDF</translation>
    </message>
    <message>
        <source>Copy C&amp;hart as Image</source>
        <translation>Copy C&amp;hart as Image</translation>
    </message>
    <message>
        <source>Copy the chart shown beside the transcript to the clipboard</source>
        <translation>Copy the chart shown beside the transcript to the clipboard</translation>
    </message>
    <message>
        <source>Import &amp;Financials…</source>
        <translation>Import &amp;Financials…</translation>
    </message>
    <message>
        <source>Import figures from a CSV file; a file with a bad row imports nothing</source>
        <translation>Import figures from a CSV file; a file with a bad row imports nothing</translation>
    </message>
    <message>
        <source>Export Fi&amp;nancials…</source>
        <translation>Export Financia&amp;ls…</translation>
    </message>
    <message>
        <source>Export the figures of the open call&apos;s company to a CSV file</source>
        <translation>Export the figures of the open call&apos;s company to a CSV file</translation>
    </message>
    <message>
        <source>&amp;Find in Call…</source>
        <translation>&amp;Find in Call…</translation>
    </message>
    <message>
        <source>Find text in the open call, in either script</source>
        <translation>Find text in the open call, in either script</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>Go to the next match in the open call</source>
        <translation>Go to the next match in the open call</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <source>Go to the previous match in the open call</source>
        <translation>Go to the previous match in the open call</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>Search &amp;Library…</translation>
    </message>
    <message>
        <source>Search all calls in Chinese (either script) or English</source>
        <translation>Search all calls in Chinese (either script) or English</translation>
    </message>
    <message>
        <source>Show &amp;Simplified Characters</source>
        <translation>Show &amp;Simplified Characters</translation>
    </message>
    <message>
        <source>Show &amp;Traditional Characters</source>
        <translation>Show &amp;Traditional Characters</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Questions of the open call</source>
        <translation>Questions of the open call</translation>
    </message>
    <message>
        <source>Calls in the library</source>
        <translation>Calls in the library</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Call %1 is not in the library.</source>
        <translation>Call %1 is not in the library.</translation>
    </message>
    <message>
        <source>%1 is not a fiscal quarter like FY2025Q4.</source>
        <translation>%1 is not a fiscal quarter like FY2025Q4.</translation>
    </message>
    <message>
        <source>This is the last question.</source>
        <translation>This is the last question.</translation>
    </message>
    <message>
        <source>This is the first question.</source>
        <translation>This is the first question.</translation>
    </message>
    <message>
        <source>Import Transcripts</source>
        <translation>Import Transcripts</translation>
    </message>
    <message>
        <source>Transcripts (*.txt);;All files (*)</source>
        <translation>Transcripts (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Earnings Reader</source>
        <translation>Earnings Reader</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Language, transcript font and script, chart export, library file</source>
        <translation>Language, transcript font and script, chart export, library file</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Open Library</translation>
    </message>
    <message>
        <source>Earnings Reader libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Earnings Reader libraries (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>No other library opened yet</source>
        <translation>No other library opened yet</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Open Library…</translation>
    </message>
    <message>
        <source>Open another library file in a new window</source>
        <translation>Open another library file in a new window</translation>
    </message>
    <message>
        <source>Open &amp;Recent Library</source>
        <translation>Open &amp;Recent Library</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>Show the call in Simplified characters (mainland vocabulary too if chosen in Settings)</source>
        <translation>Show the call in Simplified characters (mainland vocabulary too if chosen in Settings)</translation>
    </message>
    <message>
        <source>Show the call in Traditional characters (Taiwan vocabulary too if chosen in Settings)</source>
        <translation>Show the call in Traditional characters (Taiwan vocabulary too if chosen in Settings)</translation>
    </message>
    <message>
        <source>Show Page &amp;Furniture</source>
        <translation>Show Page &amp;Furniture</translation>
    </message>
    <message>
        <source>Show tables of contents, participant lists, page headers and advertisements with the transcript</source>
        <translation>Show tables of contents, participant lists, page headers and advertisements with the transcript</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>Read how to import, read, annotate and chart calls</source>
        <translation>Read how to import, read, annotate and chart calls</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>List the keys of every command</source>
        <translation>List the keys of every command</translation>
    </message>
    <message>
        <source>Correct the open call&apos;s company, fiscal period, date or title</source>
        <translation>Correct the open call&apos;s company, fiscal period, date or title</translation>
    </message>
    <message>
        <source>Call Deta&amp;ils…</source>
        <translation>Call Deta&amp;ils…</translation>
    </message>
    <message>
        <source>Read Side by Side with the Open Call</source>
        <translation>Read Side by Side with the Open Call</translation>
    </message>
    <message>
        <source>Pair this call with the open one and read both, question by question</source>
        <translation>Pair this call with the open one and read both, question by question</translation>
    </message>
</context>
<context>
    <name>MarginChartBuilder</name>
    <message>
        <source>Margins</source>
        <translation>Margins</translation>
    </message>
    <message>
        <source>%1 gross and net margin against the outlook given a quarter earlier</source>
        <translation>%1 gross and net margin against the outlook given a quarter earlier</translation>
    </message>
    <message>
        <source>Fiscal quarter</source>
        <translation>Fiscal quarter</translation>
    </message>
    <message>
        <source>Margin (% of revenue)</source>
        <translation>Margin (% of revenue)</translation>
    </message>
    <message>
        <source>GAAP gross margin</source>
        <translation>GAAP gross margin</translation>
    </message>
    <message>
        <source>Non-GAAP gross margin</source>
        <translation>Non-GAAP gross margin</translation>
    </message>
    <message>
        <source>Net margin (computed)</source>
        <translation>Net margin (computed)</translation>
    </message>
    <message>
        <source>GAAP gross margin outlook</source>
        <translation>GAAP gross margin outlook</translation>
    </message>
    <message>
        <source>Non-GAAP gross margin outlook</source>
        <translation>Non-GAAP gross margin outlook</translation>
    </message>
    <message>
        <source>%1 outlook for %2: %3, given in the %4 release</source>
        <translation>%1 outlook for %2: %3, given in the %4 release</translation>
    </message>
    <message>
        <source>Actual: %1 (%2 against the outlook)</source>
        <translation>Actual: %1 (%2 against the outlook)</translation>
    </message>
    <message>
        <source>Actual: not reported yet</source>
        <translation>Actual: not reported yet</translation>
    </message>
    <message>
        <source>Net margin: %1 (computed: GAAP net income %2 / revenue %3)</source>
        <translation>Net margin: %1 (computed: GAAP net income %2 / revenue %3)</translation>
    </message>
    <message>
        <source>no gross margin, operating income or net income for %1 yet; File &gt; Import Financials… adds them from SEC company facts (.json) or CSV</source>
        <translation>no gross margin, operating income or net income for %1 yet; File &gt; Import Financials… adds them from SEC company facts (.json) or CSV</translation>
    </message>
    <message>
        <source>Operating margin (computed)</source>
        <translation>Operating margin (computed)</translation>
    </message>
    <message>
        <source>Operating margin: %1 (computed: GAAP operating income %2 / revenue %3)</source>
        <translation>Operating margin: %1 (computed: GAAP operating income %2 / revenue %3)</translation>
    </message>
    <message>
        <source>%1 gross and net margin</source>
        <translation>%1 gross and net margin</translation>
    </message>
    <message>
        <source>GAAP gross</source>
        <translation>GAAP gross</translation>
    </message>
    <message>
        <source>non-GAAP gross</source>
        <translation>non-GAAP gross</translation>
    </message>
    <message>
        <source>operating</source>
        <translation>operating</translation>
    </message>
    <message>
        <source>net</source>
        <translation>net</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %2 margin against the outlook given a quarter earlier</source>
        <translation>%1 %2 margin against the outlook given a quarter earlier</translation>
    </message>
    <message>
        <source>%1 %2 margin</source>
        <translation>%1 %2 margin</translation>
    </message>
    <message>
        <source>Operating margin is computed (GAAP operating income / revenue).</source>
        <translation>Operating margin is computed (GAAP operating income / revenue).</translation>
    </message>
    <message>
        <source>Net margin is computed (GAAP net income / revenue).</source>
        <translation>Net margin is computed (GAAP net income / revenue).</translation>
    </message>
    <message>
        <source>Hollow markers are the gross margin outlook from the previous quarter&apos;s release.</source>
        <translation>Hollow markers are the gross margin outlook from the previous quarter&apos;s release.</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>%1, by fiscal year</source>
        <translation>%1, by fiscal year</translation>
    </message>
    <message>
        <source>Gross margin guided on the calls</source>
        <translation>Gross margin guided on the calls</translation>
    </message>
</context>
<context>
    <name>MarkQuestionCommand</name>
    <message>
        <source>Clear the mark of Q%1</source>
        <translation>Clear the mark of Q%1</translation>
    </message>
    <message>
        <source>Mark Q%1 &quot;%2&quot;</source>
        <translation>Mark Q%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Could not clear the mark of Q%1</source>
        <translation>Could not clear the mark of Q%1</translation>
    </message>
    <message>
        <source>Could not mark Q%1 &quot;%2&quot;</source>
        <translation>Could not mark Q%1 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>MetricCatalog</name>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Data center revenue</source>
        <translation>Data center revenue</translation>
    </message>
    <message>
        <source>Data center compute revenue</source>
        <translation>Data center compute revenue</translation>
    </message>
    <message>
        <source>Data center networking revenue</source>
        <translation>Data center networking revenue</translation>
    </message>
    <message>
        <source>Gaming revenue</source>
        <translation>Gaming revenue</translation>
    </message>
    <message>
        <source>GAAP gross margin</source>
        <translation>GAAP gross margin</translation>
    </message>
    <message>
        <source>Non-GAAP gross margin</source>
        <translation>Non-GAAP gross margin</translation>
    </message>
    <message>
        <source>GAAP net income</source>
        <translation>GAAP net income</translation>
    </message>
    <message>
        <source>GAAP diluted EPS</source>
        <translation>GAAP diluted EPS</translation>
    </message>
    <message>
        <source>Revenue outlook for the next quarter</source>
        <translation>Revenue outlook for the next quarter</translation>
    </message>
    <message>
        <source>GAAP gross margin outlook for the next quarter</source>
        <translation>GAAP gross margin outlook for the next quarter</translation>
    </message>
    <message>
        <source>Non-GAAP gross margin outlook for the next quarter</source>
        <translation>Non-GAAP gross margin outlook for the next quarter</translation>
    </message>
    <message>
        <source>Blackwell revenue</source>
        <translation>Blackwell revenue</translation>
    </message>
    <message>
        <source>Blackwell share of data center compute</source>
        <translation>Blackwell share of data center compute</translation>
    </message>
    <message>
        <source>Blackwell sequential growth</source>
        <translation>Blackwell sequential growth</translation>
    </message>
    <message>
        <source>Blackwell product mix</source>
        <translation>Blackwell product mix</translation>
    </message>
    <message>
        <source>Blackwell outlook statement</source>
        <translation>Blackwell outlook statement</translation>
    </message>
    <message>
        <source>the company &quot;%1&quot; is not a ticker (capital letters, digits, dots)</source>
        <translation>the company &quot;%1&quot; is not a ticker (capital letters, digits, dots)</translation>
    </message>
    <message>
        <source>the fiscal quarter is not valid (expected FY2025Q4)</source>
        <translation>the fiscal quarter is not valid (expected FY2025Q4)</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation>unknown metric &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the unit of %1 is &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>the unit of %1 is &quot;%2&quot;, not &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 is a statement and takes no value</source>
        <translation>%1 is a statement and takes no value</translation>
    </message>
    <message>
        <source>%1 is a statement and needs its text</source>
        <translation>%1 is a statement and needs its text</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>the value of %1 is not a finite number</source>
        <translation>the value of %1 is not a finite number</translation>
    </message>
    <message>
        <source>GAAP gross profit</source>
        <translation>GAAP gross profit</translation>
    </message>
    <message>
        <source>GAAP operating income</source>
        <translation>GAAP operating income</translation>
    </message>
    <message>
        <source>Share price at the close</source>
        <translation>Share price at the close</translation>
    </message>
    <message>
        <source>Revenue, fiscal year</source>
        <translation>Revenue, fiscal year</translation>
    </message>
    <message>
        <source>GAAP gross profit, fiscal year</source>
        <translation>GAAP gross profit, fiscal year</translation>
    </message>
    <message>
        <source>GAAP gross margin, fiscal year</source>
        <translation>GAAP gross margin, fiscal year</translation>
    </message>
    <message>
        <source>GAAP operating income, fiscal year</source>
        <translation>GAAP operating income, fiscal year</translation>
    </message>
    <message>
        <source>GAAP net income, fiscal year</source>
        <translation>GAAP net income, fiscal year</translation>
    </message>
    <message>
        <source>GAAP diluted EPS, fiscal year</source>
        <translation>GAAP diluted EPS, fiscal year</translation>
    </message>
</context>
<context>
    <name>MetricRepository</name>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
</context>
<context>
    <name>NameMap</name>
    <message>
        <source>Cannot read the name map %1: %2</source>
        <translation>Cannot read the name map %1: %2</translation>
    </message>
    <message>
        <source>Name map %1: %2</source>
        <translation>Name map %1: %2</translation>
    </message>
    <message>
        <source>expected an object with an &quot;entries&quot; list</source>
        <translation>expected an object with an &quot;entries&quot; list</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Commentary</translation>
    </message>
    <message>
        <source>Prepared remarks</source>
        <translation>Prepared remarks</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <source>analyst not named</source>
        <translation>analyst not named</translation>
    </message>
    <message>
        <source>Question %1, asked by %2</source>
        <translation>Question %1, asked by %2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Firm</translation>
    </message>
</context>
<context>
    <name>NumberClaimModel</name>
    <message>
        <source>%1, growth year on year</source>
        <translation>%1, growth year on year</translation>
    </message>
    <message>
        <source>%1, growth on the quarter before</source>
        <translation>%1, growth on the quarter before</translation>
    </message>
    <message>
        <source>%1, outlook given a quarter before</source>
        <translation>%1, outlook given a quarter before</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>Differs: %1 below the figure</source>
        <translation>Differs: %1 below the figure</translation>
    </message>
    <message>
        <source>Differs: %1 above the figure</source>
        <translation>Differs: %1 above the figure</translation>
    </message>
    <message>
        <source>No figure to compare</source>
        <translation>No figure to compare</translation>
    </message>
    <message>
        <source>Computed from the stored figures</source>
        <translation>Computed from the stored figures</translation>
    </message>
    <message>
        <source>Computed from the stored figures; source: %1</source>
        <translation>Computed from the stored figures; source: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
</context>
<context>
    <name>PairBadges</name>
    <message>
        <source>Not in the translation</source>
        <translation>Not in the translation</translation>
    </message>
    <message>
        <source>Not in the original</source>
        <translation>Not in the original</translation>
    </message>
    <message>
        <source>Translation is %1% of the original&apos;s length</source>
        <translation>Translation is %1% of the original&apos;s length</translation>
    </message>
    <message numerus="yes">
        <source>Numbers differ (%n)</source>
        <translation>
            <numerusform>Numbers differ (%n)</numerusform>
            <numerusform>Numbers differ (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) on one side only</source>
        <translation>
            <numerusform>%n number on one side only</numerusform>
            <numerusform>%n numbers on one side only</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairCallsCommand</name>
    <message>
        <source>Unpair Calls</source>
        <translation>Unpair Calls</translation>
    </message>
    <message>
        <source>Pair Calls</source>
        <translation>Pair Calls</translation>
    </message>
    <message>
        <source>the two calls are not paired</source>
        <translation>the two calls are not paired</translation>
    </message>
    <message>
        <source>Could not pair the calls</source>
        <translation>Could not pair the calls</translation>
    </message>
    <message>
        <source>Could not unpair the calls</source>
        <translation>Could not unpair the calls</translation>
    </message>
</context>
<context>
    <name>PairChooserDialog</name>
    <message>
        <source>same company</source>
        <translation>same company</translation>
    </message>
    <message>
        <source>same period</source>
        <translation>same period</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) apart</source>
        <translation>
            <numerusform>%n day apart</numerusform>
            <numerusform>%n days apart</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Read Side by Side</source>
        <translation>Read Side by Side</translation>
    </message>
    <message>
        <source>Read “%1” beside:</source>
        <translation>Read “%1” beside:</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Other calls</source>
        <translation>Other calls</translation>
    </message>
    <message>
        <source>paired</source>
        <translation>paired</translation>
    </message>
</context>
<context>
    <name>PairNumbersModel</name>
    <message>
        <source>Same</source>
        <translation>Same</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Different</translation>
    </message>
    <message>
        <source>One side only</source>
        <translation>One side only</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Side A</source>
        <translation>Side A</translation>
    </message>
    <message>
        <source>Side B</source>
        <translation>Side B</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
</context>
<context>
    <name>PairedNavigatorModel</name>
    <message>
        <source>Q%1 ↔ Q%2</source>
        <translation>Q%1 ↔ Q%2</translation>
    </message>
    <message>
        <source>Q%1 — no counterpart</source>
        <translation>Q%1 — no counterpart</translation>
    </message>
</context>
<context>
    <name>PairedNotes</name>
    <message>
        <source>Notes of %1 and %2</source>
        <translation>Notes of %1 and %2</translation>
    </message>
    <message>
        <source>Q%1 ↔ Q%2</source>
        <translation>Q%1 ↔ Q%2</translation>
    </message>
    <message>
        <source>Q%1 — no counterpart</source>
        <translation>Q%1 — no counterpart</translation>
    </message>
    <message>
        <source>Q%1 of %2 — no counterpart</source>
        <translation>Q%1 of %2 — no counterpart</translation>
    </message>
    <message>
        <source>Outside the questions</source>
        <translation>Outside the questions</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>In %1 (%2):</source>
        <translation>In %1 (%2):</translation>
    </message>
    <message>
        <source>No counterpart in %1.</source>
        <translation>No counterpart in %1.</translation>
    </message>
    <message>
        <source>Neither call has notes.</source>
        <translation>Neither call has notes.</translation>
    </message>
</context>
<context>
    <name>PairedReadingPane</name>
    <message>
        <source>paired by hand</source>
        <translation>paired by hand</translation>
    </message>
    <message>
        <source>Scroll to a question to see its pairing</source>
        <translation>Scroll to a question to see its pairing</translation>
    </message>
    <message>
        <source>Q%1 ↔ Q%2 · paired by hand</source>
        <translation>Q%1 ↔ Q%2 · paired by hand</translation>
    </message>
    <message>
        <source>Q%1 ↔ Q%2 · %3% sure</source>
        <translation>Q%1 ↔ Q%2 · %3% sure</translation>
    </message>
    <message>
        <source>Q%1 of the left column has no counterpart</source>
        <translation>Q%1 of the left column has no counterpart</translation>
    </message>
    <message>
        <source>Q%1 of the right column has no counterpart</source>
        <translation>Q%1 of the right column has no counterpart</translation>
    </message>
    <message>
        <source>✎ Notes: %1 left, %2 right</source>
        <translation>✎ Notes: %1 left, %2 right</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Numbers of this question on both sides</source>
        <translation>Numbers of this question on both sides</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Pair Q%1 with Q%2</source>
        <translation>Pair Q%1 with Q%2</translation>
    </message>
    <message>
        <source>No Counterpart</source>
        <translation>No Counterpart</translation>
    </message>
    <message>
        <source>Pair Automatically</source>
        <translation>Pair Automatically</translation>
    </message>
    <message>
        <source>Re-pair Question</source>
        <translation>Re-pair Question</translation>
    </message>
    <message>
        <source>Pair this question of the left column with another of the right, or with none</source>
        <translation>Pair this question of the left column with another of the right, or with none</translation>
    </message>
    <message>
        <source>Back to Single Reading</source>
        <translation>Back to Single Reading</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Translation</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Left column: %1</source>
        <translation>Left column: %1</translation>
    </message>
    <message>
        <source>Right column: %1</source>
        <translation>Right column: %1</translation>
    </message>
    <message>
        <source>Highlight Selection</source>
        <translation>Highlight Selection</translation>
    </message>
    <message>
        <source>Highlight the selected text; the other column marks it on the paired question</source>
        <translation>Highlight the selected text; the other column marks it on the paired question</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No counterpart: right %1</source>
        <translation>No counterpart: right %1</translation>
    </message>
    <message>
        <source>No counterpart: left %1</source>
        <translation>No counterpart: left %1</translation>
    </message>
    <message>
        <source>No counterpart: left %1; right %2</source>
        <translation>No counterpart: left %1; right %2</translation>
    </message>
</context>
<context>
    <name>PairingController</name>
    <message>
        <source>Open a call to read it beside another.</source>
        <translation>Open a call to read it beside another.</translation>
    </message>
    <message>
        <source>Call %1 is not in the library.</source>
        <translation>Call %1 is not in the library.</translation>
    </message>
    <message>
        <source>“%1” and “%2” look like different events: their questions share little (confidence %3%)%4.</source>
        <translation>“%1” and “%2” look like different events: their questions share little (confidence %3%)%4.</translation>
    </message>
    <message>
        <source>, and they are calls of different companies</source>
        <translation>, and they are calls of different companies</translation>
    </message>
    <message>
        <source>Read Side by Side</source>
        <translation>Read Side by Side</translation>
    </message>
    <message>
        <source>Pair them anyway?</source>
        <translation>Pair them anyway?</translation>
    </message>
    <message>
        <source>Read Side &amp;by Side…</source>
        <translation>Read Side &amp;by Side…</translation>
    </message>
    <message>
        <source>Read the open call beside another version of it, such as a translation, question by question</source>
        <translation>Read the open call beside another version of it, such as a translation, question by question</translation>
    </message>
    <message>
        <source>Back to Single Rea&amp;ding</source>
        <translation>Back to Single Rea&amp;ding</translation>
    </message>
    <message>
        <source>Read the open call alone again</source>
        <translation>Read the open call alone again</translation>
    </message>
    <message>
        <source>&amp;Unpair Calls</source>
        <translation>&amp;Unpair Calls</translation>
    </message>
    <message>
        <source>Stop treating the two calls read side by side as versions of one event</source>
        <translation>Stop treating the two calls read side by side as versions of one event</translation>
    </message>
    <message>
        <source>Export Notes of Both Calls</source>
        <translation>Export Notes of Both Calls</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Notes of both calls written to %1</source>
        <translation>Notes of both calls written to %1</translation>
    </message>
    <message>
        <source>Export Notes of &amp;Both Calls…</source>
        <translation>Export Notes of &amp;Both Calls…</translation>
    </message>
    <message>
        <source>Save the notes of the two calls read side by side as Markdown, each with its counterpart&apos;s text</source>
        <translation>Save the notes of the two calls read side by side as Markdown, each with its counterpart&apos;s text</translation>
    </message>
</context>
<context>
    <name>ProductDisclosureDialog</name>
    <message>
        <source>Add Product Disclosure for %1</source>
        <translation>Add Product Disclosure for %1</translation>
    </message>
    <message>
        <source>a product&apos;s name, e.g. Rubin</source>
        <translation>a product&apos;s name, e.g. Rubin</translation>
    </message>
    <message>
        <source>Disclosed by the company</source>
        <translation>Disclosed by the company</translation>
    </message>
    <message>
        <source>Estimate (not disclosed)</source>
        <translation>Estimate (not disclosed)</translation>
    </message>
    <message>
        <source>what was said, in the company&apos;s words</source>
        <translation>what was said, in the company&apos;s words</translation>
    </message>
    <message>
        <source>the call, release or filing; for an estimate, what it is based on</source>
        <translation>the call, release or filing; for an estimate, what it is based on</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>&amp;What was said:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>a statement has no value</source>
        <translation>a statement has no value</translation>
    </message>
    <message>
        <source>US$ millions, e.g. 11000</source>
        <translation>US$ millions, e.g. 11000</translation>
    </message>
    <message>
        <source>percent, e.g. 17</source>
        <translation>percent, e.g. 17</translation>
    </message>
</context>
<context>
    <name>ProductRamp</name>
    <message>
        <source>Revenue (US$ millions)</source>
        <translation>Revenue (US$ millions)</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Sequential growth (%)</source>
        <translation>Sequential growth (%)</translation>
    </message>
    <message>
        <source>Statement (text only)</source>
        <translation>Statement (text only)</translation>
    </message>
    <message>
        <source>%1 revenue</source>
        <translation>%1 revenue</translation>
    </message>
    <message>
        <source>%1 share of revenue</source>
        <translation>%1 share of revenue</translation>
    </message>
    <message>
        <source>%1 sequential growth</source>
        <translation>%1 sequential growth</translation>
    </message>
    <message>
        <source>%1 statement</source>
        <translation>%1 statement</translation>
    </message>
    <message>
        <source>“%1” is not a product name: up to %2 letters, digits, spaces and . + - /</source>
        <translation>“%1” is not a product name: up to %2 letters, digits, spaces and . + - /</translation>
    </message>
    <message>
        <source>the fiscal quarter is not valid (expected FY2026Q1)</source>
        <translation>the fiscal quarter is not valid (expected FY2026Q1)</translation>
    </message>
    <message>
        <source>a statement needs the words that were said</source>
        <translation>a statement needs the words that were said</translation>
    </message>
    <message>
        <source>%1 needs a number</source>
        <translation>%1 needs a number</translation>
    </message>
    <message>
        <source>say what the estimate is based on, as its source</source>
        <translation>say what the estimate is based on, as its source</translation>
    </message>
    <message>
        <source>say where it was disclosed (the call, release or filing), as its source</source>
        <translation>say where it was disclosed (the call, release or filing), as its source</translation>
    </message>
</context>
<context>
    <name>ProductRampChartBuilder</name>
    <message>
        <source>Product ramp</source>
        <translation>Product ramp</translation>
    </message>
    <message>
        <source>no product disclosures for %1; Add Disclosure… in the Figures panel adds a product&apos;s revenue, share, growth or statement with its source, and File &gt; Import Financials… reads them from CSV</source>
        <translation>no product disclosures for %1; Add Disclosure… in the Figures panel adds a product&apos;s revenue, share, growth or statement with its source, and File &gt; Import Financials… reads them from CSV</translation>
    </message>
    <message>
        <source>%1 %2 ramp: what was disclosed, next to data center compute revenue</source>
        <translation>%1 %2 ramp: what was disclosed, next to data center compute revenue</translation>
    </message>
    <message>
        <source>%1 %2 ramp: what was disclosed, next to the company&apos;s revenue</source>
        <translation>%1 %2 ramp: what was disclosed, next to the company&apos;s revenue</translation>
    </message>
    <message>
        <source>Filled: disclosed. Hollow: estimate (derived from disclosures, or entered by you), not a reported figure. Blank: not disclosed.</source>
        <translation>Filled: disclosed. Hollow: estimate (derived from disclosures, or entered by you), not a reported figure. Blank: not disclosed.</translation>
    </message>
    <message>
        <source>Fiscal quarter</source>
        <translation>Fiscal quarter</translation>
    </message>
    <message>
        <source>Revenue (US$ billions)</source>
        <translation>Revenue (US$ billions)</translation>
    </message>
    <message>
        <source>Data center compute revenue</source>
        <translation>Data center compute revenue</translation>
    </message>
    <message>
        <source>Company revenue</source>
        <translation>Company revenue</translation>
    </message>
    <message>
        <source>%1 revenue, disclosed</source>
        <translation>%1 revenue, disclosed</translation>
    </message>
    <message>
        <source>%1 revenue, estimate</source>
        <translation>%1 revenue, estimate</translation>
    </message>
    <message>
        <source>Disclosed without a dollar figure</source>
        <translation>Disclosed without a dollar figure</translation>
    </message>
    <message>
        <source>Disclosed figure, as stated by the company.</source>
        <translation>Disclosed figure, as stated by the company.</translation>
    </message>
    <message>
        <source>%1 disclosed</source>
        <translation>%1 disclosed</translation>
    </message>
    <message>
        <source>Estimate, not a disclosed figure.</source>
        <translation>Estimate, not a disclosed figure.</translation>
    </message>
    <message>
        <source>≈%1 est.</source>
        <translation>≈%1 est.</translation>
    </message>
    <message>
        <source>%1 revenue ≈ %2: an estimate derived here, NOT a disclosed figure.</source>
        <translation>%1 revenue ≈ %2: an estimate derived here, NOT a disclosed figure.</translation>
    </message>
    <message>
        <source>Computed: %1 (the previous quarter&apos;s value) grown by the disclosed %2%.</source>
        <translation>Computed: %1 (the previous quarter&apos;s value) grown by the disclosed %2%.</translation>
    </message>
    <message>
        <source>Computed: the disclosed %1% share times %2 %3.</source>
        <translation>Computed: the disclosed %1% share times %2 %3.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>~%1% of DC compute</source>
        <translation>~%1% of DC compute</translation>
    </message>
    <message>
        <source>GB300 ~%1%</source>
        <translation>GB300 ~%1%</translation>
    </message>
    <message>
        <source>outlook</source>
        <translation>outlook</translation>
    </message>
    <message>
        <source>~%1% of revenue</source>
        <translation>~%1% of revenue</translation>
    </message>
    <message>
        <source>+%1% q/q</source>
        <translation>+%1% q/q</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>statement</translation>
    </message>
    <message>
        <source>Disclosed, without a dollar figure:</source>
        <translation>Disclosed, without a dollar figure:</translation>
    </message>
</context>
<context>
    <name>PutCalculator</name>
    <message>
        <source>The stock price must be more than zero.</source>
        <translation>The stock price must be more than zero.</translation>
    </message>
    <message>
        <source>The strike must be more than zero.</source>
        <translation>The strike must be more than zero.</translation>
    </message>
    <message>
        <source>The premium cannot be negative.</source>
        <translation>The premium cannot be negative.</translation>
    </message>
    <message>
        <source>The premium must be less than the strike: nobody pays the whole strike for a put.</source>
        <translation>The premium must be less than the strike: nobody pays the whole strike for a put.</translation>
    </message>
    <message>
        <source>Sell at least one contract.</source>
        <translation>Sell at least one contract.</translation>
    </message>
    <message>
        <source>Fees cannot be negative.</source>
        <translation>Fees cannot be negative.</translation>
    </message>
    <message>
        <source>The trade date is not a valid date.</source>
        <translation>The trade date is not a valid date.</translation>
    </message>
    <message>
        <source>The expiry date is not a valid date.</source>
        <translation>The expiry date is not a valid date.</translation>
    </message>
    <message>
        <source>The expiry date must be after the trade date.</source>
        <translation>The expiry date must be after the trade date.</translation>
    </message>
    <message>
        <source>There is no trading day after the trade date up to expiry.</source>
        <translation>There is no trading day after the trade date up to expiry.</translation>
    </message>
    <message>
        <source>The implied volatility must be more than zero, or left out.</source>
        <translation>The implied volatility must be more than zero, or left out.</translation>
    </message>
    <message>
        <source>The risk-free rate must be a number above −100%.</source>
        <translation>The risk-free rate must be a number above −100%.</translation>
    </message>
    <message>
        <source>The stock price to try cannot be negative.</source>
        <translation>The stock price to try cannot be negative.</translation>
    </message>
    <message>
        <source>The date to try must lie from the trade date to expiry.</source>
        <translation>The date to try must lie from the trade date to expiry.</translation>
    </message>
    <message>
        <source>Days to expiry</source>
        <translation>Days to expiry</translation>
    </message>
    <message>
        <source>calendar days from %1 to %2 = %3</source>
        <translation>calendar days from %1 to %2 = %3</translation>
    </message>
    <message>
        <source>weekdays after %1 up to %2 = %3 (exchange holidays are not counted)</source>
        <translation>weekdays after %1 up to %2 = %3 (exchange holidays are not counted)</translation>
    </message>
    <message>
        <source>Premium received</source>
        <translation>Premium received</translation>
    </message>
    <message>
        <source>premium × 100 × contracts = %1 × 100 × %2 = %3</source>
        <translation>premium × 100 × contracts = %1 × 100 × %2 = %3</translation>
    </message>
    <message>
        <source>Premium after fees</source>
        <translation>Premium after fees</translation>
    </message>
    <message>
        <source>premium received − fees = %1 − %2 = %3</source>
        <translation>premium received − fees = %1 − %2 = %3</translation>
    </message>
    <message>
        <source>Cash collateral</source>
        <translation>Cash collateral</translation>
    </message>
    <message>
        <source>strike × 100 × contracts = %1 × 100 × %2 = %3</source>
        <translation>strike × 100 × contracts = %1 × 100 × %2 = %3</translation>
    </message>
    <message>
        <source>Breakeven at expiry</source>
        <translation>Breakeven at expiry</translation>
    </message>
    <message>
        <source>strike − premium after fees per share = %1 − %2 = %3</source>
        <translation>strike − premium after fees per share = %1 − %2 = %3</translation>
    </message>
    <message>
        <source>Effective purchase price if assigned</source>
        <translation>Effective purchase price if assigned</translation>
    </message>
    <message>
        <source>you pay the strike and keep the premium: %1 − %2 = %3 a share</source>
        <translation>you pay the strike and keep the premium: %1 − %2 = %3 a share</translation>
    </message>
    <message>
        <source>Strike below the price</source>
        <translation>Strike below the price</translation>
    </message>
    <message>
        <source>(price − strike) ÷ price = (%1 − %2) ÷ %1 = %3</source>
        <translation>(price − strike) ÷ price = (%1 − %2) ÷ %1 = %3</translation>
    </message>
    <message>
        <source>Return on collateral</source>
        <translation>Return on collateral</translation>
    </message>
    <message>
        <source>premium after fees ÷ collateral = %1 ÷ %2 = %3</source>
        <translation>premium after fees ÷ collateral = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>Annualised yield</source>
        <translation>Annualised yield</translation>
    </message>
    <message>
        <source>return on collateral × %1 ÷ days = %2 × %1 ÷ %3 = %4 (%5)</source>
        <translation>return on collateral × %1 ÷ days = %2 × %1 ÷ %3 = %4 (%5)</translation>
    </message>
    <message>
        <source>Profit or loss at expiry with the stock at %1</source>
        <translation>Profit or loss at expiry with the stock at %1</translation>
    </message>
    <message>
        <source>premium after fees − max(strike − stock, 0) × shares = %1 − max(%2 − %3, 0) × %4 = %5</source>
        <translation>premium after fees − max(strike − stock, 0) × shares = %1 − max(%2 − %3, 0) × %4 = %5</translation>
    </message>
    <message>
        <source>Maximum loss</source>
        <translation>Maximum loss</translation>
    </message>
    <message>
        <source>if the stock went to zero: collateral − premium after fees = %1 − %2 = %3</source>
        <translation>if the stock went to zero: collateral − premium after fees = %1 − %2 = %3</translation>
    </message>
    <message>
        <source>needs an implied volatility</source>
        <translation>needs an implied volatility</translation>
    </message>
    <message>
        <source>Probability of assignment at expiry</source>
        <translation>Probability of assignment at expiry</translation>
    </message>
    <message>
        <source>N(−d2) under Black-Scholes, which needs an implied volatility σ</source>
        <translation>N(−d2) under Black-Scholes, which needs an implied volatility σ</translation>
    </message>
    <message>
        <source>Black-Scholes value of the put</source>
        <translation>Black-Scholes value of the put</translation>
    </message>
    <message>
        <source>K·e^(−rT)·N(−d2) − S·N(−d1), which needs an implied volatility σ</source>
        <translation>K·e^(−rT)·N(−d2) − S·N(−d1), which needs an implied volatility σ</translation>
    </message>
    <message>
        <source>N(−d2), d2 = [ln(S/K) + (r − σ²/2)·T] ÷ (σ·√T) = [ln(%1/%2) + (%3 − %4²/2)·%5] ÷ (%4·√%5) = %6; N(%7) = %8</source>
        <translation>N(−d2), d2 = [ln(S/K) + (r − σ²/2)·T] ÷ (σ·√T) = [ln(%1/%2) + (%3 − %4²/2)·%5] ÷ (%4·√%5) = %6; N(%7) = %8</translation>
    </message>
    <message>
        <source>K·e^(−rT)·N(−d2) − S·N(−d1), d1 = d2 + σ·√T = %1: %2 × e^(−%3 × %4) × %5 − %6 × %7 = %8 a share (the premium is %9)</source>
        <translation>K·e^(−rT)·N(−d2) − S·N(−d1), d1 = d2 + σ·√T = %1: %2 × e^(−%3 × %4) × %5 − %6 × %7 = %8 a share (the premium is %9)</translation>
    </message>
    <message>
        <source>Profit or loss on %1 with the stock at %2</source>
        <translation>Profit or loss on %1 with the stock at %2</translation>
    </message>
    <message>
        <source>premium after fees − Black-Scholes put value × shares, with %1 days left = %2 − %3 × %4 = %5</source>
        <translation>premium after fees − Black-Scholes put value × shares, with %1 days left = %2 − %3 × %4 = %5</translation>
    </message>
    <message>
        <source>Black-Scholes: the stock&apos;s price is lognormal with a constant volatility σ; no dividends.</source>
        <translation>Black-Scholes: the stock&apos;s price is lognormal with a constant volatility σ; no dividends.</translation>
    </message>
    <message>
        <source>European exercise: assignment only at expiry, although a US stock option can be assigned any day before.</source>
        <translation>European exercise: assignment only at expiry, although a US stock option can be assigned any day before.</translation>
    </message>
    <message>
        <source>The probability is risk-neutral, N(−d2): what the option price implies, not a forecast.</source>
        <translation>The probability is risk-neutral, N(−d2): what the option price implies, not a forecast.</translation>
    </message>
    <message>
        <source>Time T = days ÷ %1 (%2).</source>
        <translation>Time T = days ÷ %1 (%2).</translation>
    </message>
    <message>
        <source>Risk-free rate r = %1, continuously compounded.</source>
        <translation>Risk-free rate r = %1, continuously compounded.</translation>
    </message>
    <message>
        <source>Risk-free rate r = 0% (none given).</source>
        <translation>Risk-free rate r = 0% (none given).</translation>
    </message>
    <message>
        <source>Fees are taken from the premium; taxes and interest on the collateral are left out.</source>
        <translation>Fees are taken from the premium; taxes and interest on the collateral are left out.</translation>
    </message>
    <message>
        <source>trading days, 252 a year; holidays are not counted</source>
        <translation>trading days, 252 a year; holidays are not counted</translation>
    </message>
    <message>
        <source>calendar days, 365 a year</source>
        <translation>calendar days, 365 a year</translation>
    </message>
</context>
<context>
    <name>PutCalculatorPane</name>
    <message>
        <source>Export Payoff Chart</source>
        <translation>Export Payoff Chart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export to %1: the chart could not be drawn</source>
        <translation>Cannot export to %1: the chart could not be drawn</translation>
    </message>
    <message>
        <source>Sell a Put</source>
        <translation>Sell a Put</translation>
    </message>
    <message>
        <source>Work out selling a put: premium, collateral, breakeven, yield and probability, with the formulas</source>
        <translation>Work out selling a put: premium, collateral, breakeven, yield and probability, with the formulas</translation>
    </message>
    <message>
        <source>The trade</source>
        <translation>The trade</translation>
    </message>
    <message>
        <source>Stock price</source>
        <translation>Stock price</translation>
    </message>
    <message>
        <source>Strike</source>
        <translation>Strike</translation>
    </message>
    <message>
        <source>Premium per share</source>
        <translation>Premium per share</translation>
    </message>
    <message>
        <source>Trade date</source>
        <translation>Trade date</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Contracts (100 shares each)</source>
        <translation>Contracts (100 shares each)</translation>
    </message>
    <message>
        <source>Fees, whole trade</source>
        <translation>Fees, whole trade</translation>
    </message>
    <message>
        <source>Implied volatility</source>
        <translation>Implied volatility</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Risk-free rate</source>
        <translation>Risk-free rate</translation>
    </message>
    <message>
        <source>Days counted</source>
        <translation>Days counted</translation>
    </message>
    <message>
        <source>Calendar days, 365 a year</source>
        <translation>Calendar days, 365 a year</translation>
    </message>
    <message>
        <source>Trading days, 252 a year</source>
        <translation>Trading days, 252 a year</translation>
    </message>
    <message>
        <source>What if the stock is at</source>
        <translation>What if the stock is at</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>Or click in the chart to move the marker</source>
        <translation>Or click in the chart to move the marker</translation>
    </message>
    <message>
        <source>What it comes to</source>
        <translation>What it comes to</translation>
    </message>
    <message>
        <source>Show the formulas</source>
        <translation>Show the formulas</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Export Chart…</translation>
    </message>
    <message>
        <source>What selling this put means</source>
        <translation>What selling this put means</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Assumptions</translation>
    </message>
    <message>
        <source>Use the library&apos;s close: %1 on %2</source>
        <translation>Use the library&apos;s close: %1 on %2</translation>
    </message>
    <message>
        <source>A figure of the library, quoted from the built-in article, not a market feed: “%1” (source: %2)</source>
        <translation>A figure of the library, quoted from the built-in article, not a market feed: “%1” (source: %2)</translation>
    </message>
    <message>
        <source>No share price close in the library</source>
        <translation>No share price close in the library</translation>
    </message>
    <message>
        <source>The library has no share price close for this company to fill in.</source>
        <translation>The library has no share price close for this company to fill in.</translation>
    </message>
</context>
<context>
    <name>PutExplanation</name>
    <message>
        <source>Selling %1 put contract(s) at a strike of %2, you collect %3 now (%4 after fees). In return you promise to buy %5 shares at %2 each, %6 in all, if the buyer exercises, whatever the stock is worth then: keep that cash aside until %7. If the stock stays above %2, the put expires unused and the premium is yours: %8 on the cash set aside, %9 a year counting %10. If you are assigned, you own the shares at %11 each; below that price at expiry the trade loses money, and if the stock went to zero you would lose %12.</source>
        <translation>Selling %1 put contract(s) at a strike of %2, you collect %3 now (%4 after fees). In return you promise to buy %5 shares at %2 each, %6 in all, if the buyer exercises, whatever the stock is worth then: keep that cash aside until %7. If the stock stays above %2, the put expires unused and the premium is yours: %8 on the cash set aside, %9 a year counting %10. If you are assigned, you own the shares at %11 each; below that price at expiry the trade loses money, and if the stock went to zero you would lose %12.</translation>
    </message>
    <message>
        <source>Buying 100 shares and selling a call at the same strike (%1) and expiry is, by put-call parity, close to selling this put: stock − call = cash − put, where the cash is the strike discounted to today. Both collect a premium, keep the gain above the strike for someone else, and lose nearly dollar for dollar as the stock falls; they differ by dividends and early exercise.</source>
        <translation>Buying 100 shares and selling a call at the same strike (%1) and expiry is, by put-call parity, close to selling this put: stock − call = cash − put, where the cash is the strike discounted to today. Both collect a premium, keep the gain above the strike for someone else, and lose nearly dollar for dollar as the stock falls; they differ by dividends and early exercise.</translation>
    </message>
</context>
<context>
    <name>PutJson</name>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&quot;call&quot; is not a call id</source>
        <translation>&quot;call&quot; is not a call id</translation>
    </message>
    <message>
        <source>&quot;day_basis&quot; is &quot;%1&quot;, not calendar or trading</source>
        <translation>&quot;day_basis&quot; is &quot;%1&quot;, not calendar or trading</translation>
    </message>
    <message>
        <source>&quot;inputs&quot; is missing</source>
        <translation>&quot;inputs&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;contracts&quot; is not a whole number of contracts</source>
        <translation>&quot;contracts&quot; is not a whole number of contracts</translation>
    </message>
</context>
<context>
    <name>PutPayoff</name>
    <message>
        <source>Selling %1 × %2 put, expiring %3</source>
        <translation>Selling %1 × %2 put, expiring %3</translation>
    </message>
    <message>
        <source>At expiry (%1)</source>
        <translation>At expiry (%1)</translation>
    </message>
    <message>
        <source>On %1, at σ %2 (Black-Scholes)</source>
        <translation>On %1, at σ %2 (Black-Scholes)</translation>
    </message>
    <message>
        <source>Stock at %1 on %2: %3</source>
        <translation>Stock at %1 on %2: %3</translation>
    </message>
</context>
<context>
    <name>PutPayoffChartView</name>
    <message>
        <source>Payoff chart: %1; click to move the marker</source>
        <translation>Payoff chart: %1; click to move the marker</translation>
    </message>
    <message>
        <source>Strike %1</source>
        <translation>Strike %1</translation>
    </message>
    <message>
        <source>Breakeven %1</source>
        <translation>Breakeven %1</translation>
    </message>
    <message>
        <source>Stock price (US$)</source>
        <translation>Stock price (US$)</translation>
    </message>
    <message>
        <source>Seller&apos;s profit or loss (US$)</source>
        <translation>Seller&apos;s profit or loss (US$)</translation>
    </message>
</context>
<context>
    <name>PutScenarioBar</name>
    <message>
        <source>%1 put, %2 premium, expiring %3</source>
        <translation>%1 put, %2 premium, expiring %3</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>None saved yet</translation>
    </message>
    <message>
        <source>Open a call first</source>
        <translation>Open a call first</translation>
    </message>
    <message>
        <source>Saved with this call</source>
        <translation>Saved with this call</translation>
    </message>
    <message>
        <source>Name of the scenario (optional)</source>
        <translation>Name of the scenario (optional)</translation>
    </message>
    <message>
        <source>Name of the scenario to save</source>
        <translation>Name of the scenario to save</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save these inputs with the open call; Undo takes it back</source>
        <translation>Save these inputs with the open call; Undo takes it back</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation>Saved scenarios</translation>
    </message>
    <message>
        <source>Scenarios saved with the open call; choose one to bring its inputs back</source>
        <translation>Scenarios saved with the open call; choose one to bring its inputs back</translation>
    </message>
</context>
<context>
    <name>PutScenarioRepository</name>
    <message>
        <source>put scenario %1 does not exist</source>
        <translation>put scenario %1 does not exist</translation>
    </message>
</context>
<context>
    <name>QuestionMarkModel</name>
    <message>
        <source>analyst not named</source>
        <translation>analyst not named</translation>
    </message>
    <message>
        <source>Rating from 1 to 5; 0 clears it</source>
        <translation>Rating from 1 to 5; 0 clears it</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
</context>
<context>
    <name>ReimportController</name>
    <message>
        <source>&amp;Re-import Transcript…</source>
        <translation>Re-i&amp;mport Transcript…</translation>
    </message>
    <message>
        <source>Replace the open call&apos;s text with a corrected file; annotations are placed again by their quotes</source>
        <translation>Replace the open call&apos;s text with a corrected file; annotations are placed again by their quotes</translation>
    </message>
    <message>
        <source>Re-import Transcript of &quot;%1&quot;</source>
        <translation>Re-import Transcript of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Transcripts (*.txt);;All files (*)</source>
        <translation>Transcripts (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>%1 has the same text as the call; nothing changed.</source>
        <translation>%1 has the same text as the call; nothing changed.</translation>
    </message>
    <message>
        <source>Text replaced: %1 annotations in place, %2 moved, %3 not placed.</source>
        <translation>Text replaced: %1 annotations in place, %2 moved, %3 not placed.</translation>
    </message>
    <message>
        <source>Re-import Transcript</source>
        <translation>Re-import Transcript</translation>
    </message>
    <message>
        <source>These quotes are no longer in the text. Their annotations are kept and listed in the Annotations panel as &quot;not placed&quot;:</source>
        <translation>These quotes are no longer in the text. Their annotations are kept and listed in the Annotations panel as &quot;not placed&quot;:</translation>
    </message>
    <message>
        <source>Structure edits: %1 made again, %2 dropped.</source>
        <translation>Structure edits: %1 made again, %2 dropped.</translation>
    </message>
    <message>
        <source>These corrections of the structure were made on text that is no longer in the call, and were dropped:</source>
        <translation>These corrections of the structure were made on text that is no longer in the call, and were dropped:</translation>
    </message>
</context>
<context>
    <name>RepairQuestionCommand</name>
    <message>
        <source>Let the aligner pair Q%1</source>
        <translation>Let the aligner pair Q%1</translation>
    </message>
    <message>
        <source>Mark Q%1 as having no counterpart</source>
        <translation>Mark Q%1 as having no counterpart</translation>
    </message>
    <message>
        <source>Pair Q%1 with Q%2</source>
        <translation>Pair Q%1 with Q%2</translation>
    </message>
    <message>
        <source>Could not re-pair Q%1</source>
        <translation>Could not re-pair Q%1</translation>
    </message>
</context>
<context>
    <name>RevenueChartBuilder</name>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>%1 quarterly revenue: data center and the rest, with the outlook</source>
        <translation>%1 quarterly revenue: data center and the rest, with the outlook</translation>
    </message>
    <message>
        <source>Fiscal quarter</source>
        <translation>Fiscal quarter</translation>
    </message>
    <message>
        <source>Revenue (US$ billions)</source>
        <translation>Revenue (US$ billions)</translation>
    </message>
    <message>
        <source>Revenue growth, year over year (%)</source>
        <translation>Revenue growth, year over year (%)</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Data center</translation>
    </message>
    <message>
        <source>Rest of revenue (computed)</source>
        <translation>Rest of revenue (computed)</translation>
    </message>
    <message>
        <source>Growth, year over year (computed)</source>
        <translation>Growth, year over year (computed)</translation>
    </message>
    <message>
        <source>Outlook given a quarter earlier</source>
        <translation>Outlook given a quarter earlier</translation>
    </message>
    <message>
        <source>Revenue other than data center: %1 (computed: revenue %2 minus data center %3)</source>
        <translation>Revenue other than data center: %1 (computed: revenue %2 minus data center %3)</translation>
    </message>
    <message>
        <source>Revenue: %1 (data center not reported for this quarter)</source>
        <translation>Revenue: %1 (data center not reported for this quarter)</translation>
    </message>
    <message>
        <source>Total revenue: %1</source>
        <translation>Total revenue: %1</translation>
    </message>
    <message>
        <source>Revenue growth year over year: %1 (computed: %2 against %3 in %4)</source>
        <translation>Revenue growth year over year: %1 (computed: %2 against %3 in %4)</translation>
    </message>
    <message>
        <source>Revenue outlook for %1: %2, given in the %3 release</source>
        <translation>Revenue outlook for %1: %2, given in the %3 release</translation>
    </message>
    <message>
        <source>Actual: %1, %2 against the outlook (%3)</source>
        <translation>Actual: %1, %2 against the outlook (%3)</translation>
    </message>
    <message>
        <source>Actual: not reported yet</source>
        <translation>Actual: not reported yet</translation>
    </message>
    <message>
        <source>no revenue figures for %1 yet; File &gt; Import Financials… adds them from SEC company facts (.json) or CSV</source>
        <translation>no revenue figures for %1 yet; File &gt; Import Financials… adds them from SEC company facts (.json) or CSV</translation>
    </message>
    <message>
        <source>Revenue: %1</source>
        <translation>Revenue: %1</translation>
    </message>
    <message>
        <source>%1 quarterly revenue: data center and the rest</source>
        <translation>%1 quarterly revenue: data center and the rest</translation>
    </message>
    <message>
        <source>%1 quarterly revenue, with the outlook</source>
        <translation>%1 quarterly revenue, with the outlook</translation>
    </message>
    <message>
        <source>%1 quarterly revenue</source>
        <translation>%1 quarterly revenue</translation>
    </message>
    <message>
        <source>Other revenue is revenue minus data center.</source>
        <translation>Other revenue is revenue minus data center.</translation>
    </message>
    <message>
        <source>Growth is computed from the reported figures.</source>
        <translation>Growth is computed from the reported figures.</translation>
    </message>
    <message>
        <source>The outlook is the one given in the previous quarter&apos;s release.</source>
        <translation>The outlook is the one given in the previous quarter&apos;s release.</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>%1 annual revenue</source>
        <translation>%1 annual revenue</translation>
    </message>
    <message>
        <source>Revenue guided on the calls</source>
        <translation>Revenue guided on the calls</translation>
    </message>
</context>
<context>
    <name>ReviewGuidanceCommand</name>
    <message>
        <source>Restore the guidance on %1 for %2 as found</source>
        <translation>Restore the guidance on %1 for %2 as found</translation>
    </message>
    <message>
        <source>Confirm the guidance on %1 for %2</source>
        <translation>Confirm the guidance on %1 for %2</translation>
    </message>
    <message>
        <source>Dismiss the guidance on %1 for %2</source>
        <translation>Dismiss the guidance on %1 for %2</translation>
    </message>
    <message>
        <source>Edit the guidance on %1 for %2</source>
        <translation>Edit the guidance on %1 for %2</translation>
    </message>
    <message>
        <source>Could not review the guidance on %1</source>
        <translation>Could not review the guidance on %1</translation>
    </message>
</context>
<context>
    <name>RoleStyle</name>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Executive</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Page furniture</source>
        <translation>Page furniture</translation>
    </message>
</context>
<context>
    <name>SampleFigures</name>
    <message>
        <source>the built-in resource %1 is missing</source>
        <translation>the built-in resource %1 is missing</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2: expected %3 fields</source>
        <translation>%1:%2: expected %3 fields</translation>
    </message>
    <message>
        <source>%1:%2: bad fiscal quarter</source>
        <translation>%1:%2: bad fiscal quarter</translation>
    </message>
    <message>
        <source>%1:%2: %3 is not a number</source>
        <translation>%1:%2: %3 is not a number</translation>
    </message>
    <message>
        <source>%1:%2: bad quarter or value</source>
        <translation>%1:%2: bad quarter or value</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: bad quarter, date or value</source>
        <translation>%1:%2: bad quarter, date or value</translation>
    </message>
</context>
<context>
    <name>SavePutScenarioCommand</name>
    <message>
        <source>Save put scenario &quot;%1&quot;</source>
        <translation>Save put scenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not save the put scenario &quot;%1&quot;</source>
        <translation>Could not save the put scenario &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <source>The search index could not be brought up to date: %1</source>
        <translation>The search index could not be brought up to date: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search in Chinese or English (毛利, 营收, Blackwell…)</source>
        <translation>Search in Chinese or English (毛利, 营收, Blackwell…)</translation>
    </message>
    <message>
        <source>Finds the text as typed, in Traditional or Simplified characters, ignoring case</source>
        <translation>Finds the text as typed, in Traditional or Simplified characters, ignoring case</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>Whole library</translation>
    </message>
    <message>
        <source>This call</source>
        <translation>This call</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Where to search</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>All speakers</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>Analysts</translation>
    </message>
    <message>
        <source>Executives</source>
        <translation>Executives</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>Investors</translation>
    </message>
    <message>
        <source>Only what speakers in this role said</source>
        <translation>Only what speakers in this role said</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>All sections</translation>
    </message>
    <message>
        <source>Only this part of each call</source>
        <translation>Only this part of each call</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Search text</translation>
    </message>
    <message>
        <source>No call is open.</source>
        <translation>No call is open.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>No hits.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n call(s)</source>
        <translation>
            <numerusform>in %n call</numerusform>
            <numerusform>in %n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first %1 are shown</source>
        <translation>only the first %1 are shown</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message numerus="yes">
        <source>%1 (%n hit(s))</source>
        <translation>
            <numerusform>%1 (%n hit)</numerusform>
            <numerusform>%1 (%n hits)</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>Q%1 · %2</source>
        <translation>Q%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2, %3 characters from the start of the turn</source>
        <translation>%1
%2, %3 characters from the start of the turn</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Note on “%1”</translation>
    </message>
</context>
<context>
    <name>SearchTokenizer</name>
    <message>
        <source>the database connection is not SQLite</source>
        <translation>the database connection is not SQLite</translation>
    </message>
    <message>
        <source>this SQLite has no full-text search (FTS5)</source>
        <translation>this SQLite has no full-text search (FTS5)</translation>
    </message>
    <message>
        <source>cannot register the search tokenizer: %1</source>
        <translation>cannot register the search tokenizer: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Transcript &amp;font:</source>
        <translation>Transcript &amp;font:</translation>
    </message>
    <message>
        <source>Chinese &amp;script:</source>
        <translation>Chinese &amp;script:</translation>
    </message>
    <message>
        <source>Chart export &amp;size:</source>
        <translation>Chart export &amp;size:</translation>
    </message>
    <message>
        <source>Chart export &amp;format:</source>
        <translation>Chart export &amp;format:</translation>
    </message>
    <message>
        <source>Library &amp;file:</source>
        <translation>Library &amp;file:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Default library in your data folder</source>
        <translation>Default library in your data folder</translation>
    </message>
    <message>
        <source>A different library file is opened the next time Earnings Reader starts.</source>
        <translation>A different library file is opened the next time Earnings Reader starts.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Transcript font size</source>
        <translation>Transcript font size</translation>
    </message>
    <message>
        <source>Chart export height</source>
        <translation>Chart export height</translation>
    </message>
    <message>
        <source>As stored</source>
        <translation>As stored</translation>
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation>Traditional (繁體)</translation>
    </message>
    <message>
        <source>Simplified (简体)</source>
        <translation>Simplified (简体)</translation>
    </message>
    <message>
        <source>Library File</source>
        <translation>Library File</translation>
    </message>
    <message>
        <source>Earnings Reader libraries (*.sqlite);;All files (*)</source>
        <translation>Earnings Reader libraries (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Also change regional &amp;vocabulary (軟體 ↔ 软件)</source>
        <translation>Also change regional &amp;vocabulary (軟體 ↔ 软件)</translation>
    </message>
    <message>
        <source>Characters only keeps every word as said; regional vocabulary can change meanings (執行 becomes 运行, &quot;run&quot;)</source>
        <translation>Characters only keeps every word as said; regional vocabulary can change meanings (執行 becomes 运行, &quot;run&quot;)</translation>
    </message>
    <message>
        <source>Colour sc&amp;heme:</source>
        <translation>Colour sc&amp;heme:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>TargetPeriod</name>
    <message>
        <source> (late in the year)</source>
        <translation> (late in the year)</translation>
    </message>
</context>
<context>
    <name>TermMatcher</name>
    <message>
        <source>whole words; plurals (-s, -es) and possessives (&apos;s, s&apos;) count</source>
        <translation>whole words; plurals (-s, -es) and possessives (&apos;s, s&apos;) count</translation>
    </message>
    <message>
        <source>ends at a word break; plurals (-s, -es) and possessives (&apos;s, s&apos;) count</source>
        <translation>ends at a word break; plurals (-s, -es) and possessives (&apos;s, s&apos;) count</translation>
    </message>
    <message>
        <source>starts at a word break</source>
        <translation>starts at a word break</translation>
    </message>
    <message>
        <source>anywhere in the text (Chinese has no word breaks)</source>
        <translation>anywhere in the text (Chinese has no word breaks)</translation>
    </message>
    <message>
        <source>; the words in this order, across any spacing</source>
        <translation>; the words in this order, across any spacing</translation>
    </message>
    <message>
        <source>“%1”: %2; any case, Traditional and Simplified alike</source>
        <translation>“%1”: %2; any case, Traditional and Simplified alike</translation>
    </message>
</context>
<context>
    <name>TermTrendCounter</name>
    <message>
        <source>every speaker counts, page furniture does not</source>
        <translation>every speaker counts, page furniture does not</translation>
    </message>
    <message>
        <source>analysts and page furniture are left out</source>
        <translation>analysts and page furniture are left out</translation>
    </message>
    <message>
        <source>Nothing to count in “%1”: a term needs a letter or a digit.</source>
        <translation>Nothing to count in “%1”: a term needs a letter or a digit.</translation>
    </message>
</context>
<context>
    <name>TranscriptDocument</name>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Narration</translation>
    </message>
    <message>
        <source>Unnamed: %1</source>
        <translation>Unnamed: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Mentions per 10,000 words spoken</source>
        <translation>Mentions per 10,000 words spoken</translation>
    </message>
    <message>
        <source>the whole library</source>
        <translation>the whole library</translation>
    </message>
    <message>
        <source>Mentions of %1 by speaker, %2</source>
        <translation>Mentions of %1 by speaker, %2</translation>
    </message>
    <message>
        <source>Mentions of %1 by role, %2</source>
        <translation>Mentions of %1 by role, %2</translation>
    </message>
    <message>
        <source>Mentions of %1 per 10,000 words by speaker, %2</source>
        <translation>Mentions of %1 per 10,000 words by speaker, %2</translation>
    </message>
    <message>
        <source>Mentions of %1 per 10,000 words by role, %2</source>
        <translation>Mentions of %1 per 10,000 words by role, %2</translation>
    </message>
    <message>
        <source>Counted from the library&apos;s transcripts. Rule: %1</source>
        <translation>Counted from the library&apos;s transcripts. Rule: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) without a fiscal quarter are not shown.</source>
        <translation>
            <numerusform>%n call without a fiscal quarter is not shown.</numerusform>
            <numerusform>%n calls without a fiscal quarter are not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fiscal quarter</source>
        <translation>Fiscal quarter</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 words spoken; %2 per 10,000 words</source>
        <translation>%1 words spoken; %2 per 10,000 words</translation>
    </message>
</context>
<context>
    <name>TrendPane</name>
    <message>
        <source>Whole library</source>
        <translation>Whole library</translation>
    </message>
    <message>
        <source>Click a point or a cell to list its hits.</source>
        <translation>Click a point or a cell to list its hits.</translation>
    </message>
    <message>
        <source>Type one or more terms, separated by commas, and press Enter.</source>
        <translation>Type one or more terms, separated by commas, and press Enter.</translation>
    </message>
    <message>
        <source>No speaker in scope says it.</source>
        <translation>No speaker in scope says it.</translation>
    </message>
    <message numerus="yes">
        <source>Counted %n term(s) in %1</source>
        <translation>
            <numerusform>Counted %n term in %1</numerusform>
            <numerusform>Counted %n terms in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>Term trend chart</source>
        <translation>Term trend chart</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>every quarter</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) of “%1”, %2, %3</source>
        <translation>
            <numerusform>%n hit of “%1”, %2, %3</numerusform>
            <numerusform>%n hits of “%1”, %2, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The hits could not be read: %1</source>
        <translation>The hits could not be read: %1</translation>
    </message>
    <message>
        <source>only the first %1 are shown</source>
        <translation>only the first %1 are shown</translation>
    </message>
    <message>
        <source>There is no trend to export: count a term first.</source>
        <translation>There is no trend to export: count a term first.</translation>
    </message>
    <message>
        <source>Exported the trend chart to %1</source>
        <translation>Exported the trend chart to %1</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written</source>
        <translation>Export cancelled: %1 was not written</translation>
    </message>
    <message>
        <source>There is no trend to copy: count a term first.</source>
        <translation>There is no trend to copy: count a term first.</translation>
    </message>
    <message>
        <source>Copied the trend chart as an image</source>
        <translation>Copied the trend chart as an image</translation>
    </message>
    <message>
        <source>Term Trends</source>
        <translation>Term Trends</translation>
    </message>
    <message>
        <source>Terms, separated by commas: Blackwell, Blackwell Ultra, 营收…</source>
        <translation>Terms, separated by commas: Blackwell, Blackwell Ultra, 营收…</translation>
    </message>
    <message>
        <source>Each term is counted per speaker and quarter; a phrase counts as one term</source>
        <translation>Each term is counted per speaker and quarter; a phrase counts as one term</translation>
    </message>
    <message>
        <source>Terms to count</source>
        <translation>Terms to count</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>One company&apos;s calls, or the whole library</source>
        <translation>One company&apos;s calls, or the whole library</translation>
    </message>
    <message>
        <source>By speaker</source>
        <translation>By speaker</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>By role</translation>
    </message>
    <message>
        <source>One series per person, or one per role (executive, analyst, operator…)</source>
        <translation>One series per person, or one per role (executive, analyst, operator…)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Bars</translation>
    </message>
    <message>
        <source>How the series are drawn</source>
        <translation>How the series are drawn</translation>
    </message>
    <message>
        <source>Per 10,000 words</source>
        <translation>Per 10,000 words</translation>
    </message>
    <message>
        <source>Mentions per 10,000 words the series spoke in the quarter, instead of counts</source>
        <translation>Mentions per 10,000 words the series spoke in the quarter, instead of counts</translation>
    </message>
    <message>
        <source>Leave analysts out</source>
        <translation>Leave analysts out</translation>
    </message>
    <message>
        <source>Count only what the company&apos;s speakers and the operator said</source>
        <translation>Count only what the company&apos;s speakers and the operator said</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export or copy the trend chart, as the other charts</source>
        <translation>Export or copy the trend chart, as the other charts</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Export Chart…</translation>
    </message>
    <message>
        <source>Copy Chart as Image</source>
        <translation>Copy Chart as Image</translation>
    </message>
    <message>
        <source>Mentions per quarter</source>
        <translation>Mentions per quarter</translation>
    </message>
    <message>
        <source>Hits of the chosen point</source>
        <translation>Hits of the chosen point</translation>
    </message>
</context>
<context>
    <name>TrendTableModel</name>
    <message numerus="yes">
        <source>%1, %2: %n mention(s)</source>
        <translation>
            <numerusform>%1, %2: %n mention</numerusform>
            <numerusform>%1, %2: %n mentions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 words spoken</source>
        <translation>%1 words spoken</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>TurnEditCommand</name>
    <message>
        <source>Could not save &quot;%1&quot;</source>
        <translation>Could not save &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TurnEditController</name>
    <message>
        <source>Fi&amp;x Turn Structure</source>
        <translation>Fi&amp;x Turn Structure</translation>
    </message>
    <message>
        <source>Change &amp;Speaker…</source>
        <translation>Change &amp;Speaker…</translation>
    </message>
    <message>
        <source>Give the turn at the cursor another speaker: one of the call&apos;s participants, or a name you type</source>
        <translation>Give the turn at the cursor another speaker: one of the call&apos;s participants, or a name you type</translation>
    </message>
    <message>
        <source>S&amp;plit Turn at Cursor</source>
        <translation>S&amp;plit Turn at Cursor</translation>
    </message>
    <message>
        <source>Make the text from the cursor on a turn of its own</source>
        <translation>Make the text from the cursor on a turn of its own</translation>
    </message>
    <message>
        <source>&amp;Merge with Previous Turn</source>
        <translation>&amp;Merge with Previous Turn</translation>
    </message>
    <message>
        <source>Join the turn at the cursor to the turn before it</source>
        <translation>Join the turn at the cursor to the turn before it</translation>
    </message>
    <message>
        <source>New &amp;Question Starts Here</source>
        <translation>New &amp;Question Starts Here</translation>
    </message>
    <message>
        <source>A new question starts with the turn at the cursor</source>
        <translation>A new question starts with the turn at the cursor</translation>
    </message>
    <message>
        <source>N&amp;ot a Question</source>
        <translation>N&amp;ot a Question</translation>
    </message>
    <message>
        <source>The question that starts at the cursor&apos;s turn is none: its turns join the question before</source>
        <translation>The question that starts at the cursor&apos;s turn is none: its turns join the question before</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A S&amp;tarts Here</source>
        <translation>Q&amp;&amp;A S&amp;tarts Here</translation>
    </message>
    <message>
        <source>Move the start of the questions and answers to the turn at the cursor</source>
        <translation>Move the start of the questions and answers to the turn at the cursor</translation>
    </message>
    <message>
        <source>Speaker of This Turn</source>
        <translation>Speaker of This Turn</translation>
    </message>
    <message>
        <source>Speaker (pick one of the call or type a name):</source>
        <translation>Speaker (pick one of the call or type a name):</translation>
    </message>
    <message>
        <source>Cannot change the structure of the call: %1</source>
        <translation>Cannot change the structure of the call: %1</translation>
    </message>
</context>
<context>
    <name>TurnEditPlanner</name>
    <message>
        <source>the speaker&apos;s name is empty</source>
        <translation>the speaker&apos;s name is empty</translation>
    </message>
    <message>
        <source>the turn&apos;s speaker already is %1</source>
        <translation>the turn&apos;s speaker already is %1</translation>
    </message>
    <message>
        <source>offset %1 leaves nothing on one side: the turn&apos;s text has %2 characters, and a split needs text before and after it</source>
        <translation>offset %1 leaves nothing on one side: the turn&apos;s text has %2 characters, and a split needs text before and after it</translation>
    </message>
    <message>
        <source>it is the call&apos;s first turn; there is no previous turn to merge with</source>
        <translation>it is the call&apos;s first turn; there is no previous turn to merge with</translation>
    </message>
    <message>
        <source>the previous turn is in another section; move the start of the Q&amp;A instead</source>
        <translation>the previous turn is in another section; move the start of the Q&amp;A instead</translation>
    </message>
    <message>
        <source>page furniture is kept apart from the turns and is not merged</source>
        <translation>page furniture is kept apart from the turns and is not merged</translation>
    </message>
    <message>
        <source>page furniture is never part of a question</source>
        <translation>page furniture is never part of a question</translation>
    </message>
    <message>
        <source>the turn is not in the Q&amp;A; move the start of the Q&amp;A first</source>
        <translation>the turn is not in the Q&amp;A; move the start of the Q&amp;A first</translation>
    </message>
    <message>
        <source>the turn already starts question %1</source>
        <translation>the turn already starts question %1</translation>
    </message>
    <message>
        <source>the turn is not part of a question</source>
        <translation>the turn is not part of a question</translation>
    </message>
    <message>
        <source>the turn does not start its question; choose the turn that starts question %1</source>
        <translation>the turn does not start its question; choose the turn that starts question %1</translation>
    </message>
    <message>
        <source>page furniture cannot start the Q&amp;A</source>
        <translation>page furniture cannot start the Q&amp;A</translation>
    </message>
    <message>
        <source>the turn comes after the Q&amp;A</source>
        <translation>the turn comes after the Q&amp;A</translation>
    </message>
    <message>
        <source>the Q&amp;A already starts with the turn</source>
        <translation>the Q&amp;A already starts with the turn</translation>
    </message>
    <message>
        <source>Set the speaker of a turn to %1</source>
        <translation>Set the speaker of a turn to %1</translation>
    </message>
    <message>
        <source>Split a turn</source>
        <translation>Split a turn</translation>
    </message>
    <message>
        <source>Split the turn of %1</source>
        <translation>Split the turn of %1</translation>
    </message>
    <message>
        <source>Merge a turn with the previous one</source>
        <translation>Merge a turn with the previous one</translation>
    </message>
    <message>
        <source>Start a new question here</source>
        <translation>Start a new question here</translation>
    </message>
    <message>
        <source>Mark a turn as not a question</source>
        <translation>Mark a turn as not a question</translation>
    </message>
    <message>
        <source>Move the start of the Q&amp;A</source>
        <translation>Move the start of the Q&amp;A</translation>
    </message>
    <message>
        <source>the call has no turn %1</source>
        <translation>the call has no turn %1</translation>
    </message>
    <message>
        <source>turn %1: %2</source>
        <translation>turn %1: %2</translation>
    </message>
    <message>
        <source>turn %1: %2; nothing to change</source>
        <translation>turn %1: %2; nothing to change</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Earnings Reader User Guide</source>
        <translation>Earnings Reader User Guide</translation>
    </message>
</context>
<context>
    <name>WindowScreenshot</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
</TS>
