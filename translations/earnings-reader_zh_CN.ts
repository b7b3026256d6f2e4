<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Read earnings calls against the numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>public domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chinese text is shown with the system's fonts (Noto CJK, SIL Open Font License). The built-in NVIDIA figures come from the company's press releases and 10-Q/10-K filings; each figure's source is shown with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Earnings Reader</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>Highlight "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlight the selected text in the highlight colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the colour of new highlights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotation &amp;Note and Tags…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See or edit the note, tags and figure links of the highlight at the cursor (highlights the selection first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the highlight at the cursor with its note and tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mark Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the question at the cursor as answered, deflected or guidance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Deflected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear Mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;Annotations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the annotations listed in the panel as Markdown, CSV or JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import A&amp;nnotations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add annotations from a JSON export; ones already here are skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Call as &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the open call with its highlights and notes as a PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the open call with its highlights and notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Re-import Transcript…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the open call's text with a corrected file; annotations are placed again by their quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select some text inside one speaker's turn to highlight it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlighted. %1 opens its note and tags.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the cursor in a highlight, or select text, to edit its note and tags.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the cursor in a highlight to delete it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotation deleted. Undo brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the cursor in an analyst question, or scroll to one, to mark it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Q%1: mark cleared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Q%1 marked "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This annotation is not placed: its quote is no longer in the call's text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No call is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export to %1: use a name ending in .md, .csv or .json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown (*.md);;CSV (*.csv);;JSON, for another library (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n annotation(s) exported to %1</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotation exports (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 annotations added, %3 already in this library, %4 calls imported.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n could not be placed in the call's text; they are listed in the panel.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Export Call as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-import Transcript of "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transcripts (*.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has the same text as the call; nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text replaced: %1 annotations in place, %2 moved, %3 not placed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-import Transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These quotes are no longer in the text. Their annotations are kept and listed in the Annotations panel as "not placed":</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationDock</name>
    <message>
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the annotations of the open call or of every call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search quotes, notes, tags…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the annotations listed, as Markdown, CSV or JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions and their marks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any question</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not placed (the call's text changed)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>&amp;Go to Passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show on &amp;Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport Listed Annotations…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Q%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not placed: the call's text changed and this quote was not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma-separated, e.g. guidance, margin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FY2025Q4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link this passage to the figure of that company, quarter and metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show on Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the chart pane and quarter of the chosen figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationExport</name>
    <message>
        <source>_No annotations._</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not placed (the call's text changed and the quote was not found)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside the Q&amp;A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>**Note:** %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>**Tags:** %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>**Figures:** %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no speaker)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not an Earnings Reader annotations export (no "format": "%2")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: written by a newer Earnings Reader (annotations format %2; this version reads up to %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>call "%1" is not in this library and the file does not carry its text</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of call %1 were not imported: the call is not in this library</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1: could not be stored: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Q%1 of call %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <source>Annotation %1 no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not placed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not placed: the call's text changed and this quote was not found in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationRepository</name>
    <message>
        <source>turn %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>turn %1 belongs to call %2, not to call %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the span %1..%2 is outside turn %3, whose text has %4 characters (offsets run from 0 to %4, and the end must be after the start)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the span %1..%2 cuts a character of turn %3 in half</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the quote does not match the text of turn %1 at %2..%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a figure link needs a company, a quarter and a metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annotation %1 belongs to call %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>question %1 with rating %2: questions count from 1 and ratings run from 0 to 5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationStyle</name>
    <message>
        <source>Yellow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BlackwellChart</name>
    <message>
        <source>Blackwell ramp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Blackwell ramp: what was disclosed, next to data center compute revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filled: disclosed. Hollow: estimate (derived from disclosures, or entered by you), not a reported figure. Blank: not disclosed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fiscal quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue (US$ billions)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data center compute revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blackwell revenue, disclosed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blackwell revenue, estimate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disclosed without a dollar figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disclosed figure, as stated by the company.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 disclosed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimate, not a disclosed figure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>≈%1 est.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blackwell revenue ≈ %1: an estimate derived here, NOT a disclosed figure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computed: %1 (the previous quarter's value) grown by the disclosed %2%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computed: the disclosed %1% share times data center compute revenue %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>~%1% of DC compute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+%1% q/q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GB300 ~%1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outlook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disclosed, without a dollar figure:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallImporter</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the file is too large to be a transcript (%2 MB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: already in the library as call %2; not imported again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: could not be stored: %2</source>
        <translation type="unfinished" />
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
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallPrinter</name>
    <message>
        <source>Question marks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: the PDF came out empty</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallReimporter</name>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: call %2 is not in the library, so there is nothing to re-import into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the call's new text could not be read back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: could not replace the text of call %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text and lines are drawn this many times larger; at 2× a 1600×1000 image has the layout of an 800×500 chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export to %1: the file name must end in .png, .svg or .pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export to %1: the size must be at least %2x%2 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the chart could not be drawn</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <source>&amp;Quarters from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show every quarter this chart has figures for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First quarter shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last quarter shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 figures stored in the Earnings Reader library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1. Status and source of every figure: Figures table and tooltips.
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no figures for %2 in this range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: open a call of a company with figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked passages</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n linked passage(s) about %1 (click to list them):
%2</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;All Quarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show All &amp;Series</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>There is no chart to export: open a call of a company with figures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported the %1 chart to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no chart to copy: open a call of a company with figures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied the %1 chart as an image</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliCallCommands</name>
    <message>
        <source>Usage: earnings-reader import FILE... [--company TICKER] [--period FY2025Q4] [--date yyyy-mm-dd] [--title TEXT]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--date must be yyyy-mm-dd, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imported %1: call %2 "%3", %4 questions, %5 turns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 questions, %2 turns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: earnings-reader show ID [--json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No call with id %1 in %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliChartCommands</name>
    <message>
        <source>Usage: earnings-reader export-chart revenue|margin|blackwell --out FILE.png|.svg|.pdf [--company TICKER] [--from FY2024Q1] [--to FY2026Q4] [--size 1600x1000] [--scale 2] [--theme light|dark]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown chart "%1": choose one of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export-chart needs --out FILE.png, FILE.svg or FILE.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot tell the format of %1: the file name must end in .png, .svg or .pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels between 100 and 10000, such as 1600x1000, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--scale must be a number between 0.5 and 8, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--theme must be light or dark, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library %1 holds no figures; add them with import-financials or install-sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library holds figures of several companies (%1); choose one with --company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library %1 holds no figures for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The range %1 to %2 is empty: --from comes after --to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The range %1 to %2 is empty: the %3 chart has no figures of %4 there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1: %2 chart of %3, %4 to %5, %6x%7 at %8x</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: earnings-reader import-financials FILE.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1 figures from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: earnings-reader export-financials FILE.csv [--company TICKER]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 figures to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: earnings-reader install-sample [--library FILE]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The built-in sample (the NVIDIA call and its figures) is in %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliNoteCommands</name>
    <message>
        <source>Usage: earnings-reader notes [--call ID] [--tag TAG] --format md|csv|json [--out FILE]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format must be md, csv or json, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No call with id %1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n annotation(s) written to %1</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Usage: earnings-reader annotate CALL_ID --turn TURN_ID --start N --end N [--note TEXT] [--tags a,b] [--color NAME]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call %1 has no turn %2 (see: earnings-reader show %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offsets out of range: --start %1 --end %2, but turn %3 has %4 characters; use 0 &lt;= start &lt; end &lt;= %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown colour "%1"; use one of: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot annotate call %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annotation %1 on call %2, turn %3, %4..%5: "%6"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: earnings-reader import-notes FILE.json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 added (%3 not placed), %4 already here, %5 calls imported, %6 question marks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: earnings-reader reimport CALL_ID FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>call %1: the text is unchanged; nothing to do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>call %1: text replaced, %2 turns; annotations: %3 in place, %4 moved, %5 not placed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  not placed: annotation %1 "%2"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliSearchCommands</name>
    <message>
        <source>Usage: earnings-reader search QUERY [--call ID] [--json] [--limit N] [--library FILE]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--limit must be a positive number, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--call must be a call id, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No call with id %1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot update the search index of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search failed in %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No hits for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the first %1 hits are shown; use --limit for more.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Library file to use instead of the default.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company ticker of the imported calls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company name, with --company.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fiscal period of the imported call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of the imported call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title of the imported call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The call to open, show or limit to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most hits to print (search; default 50).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size of a screenshot or an exported image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the window, save a picture of it after its first paint, and quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only annotations with this tag (notes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export format (notes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File to write to (notes: instead of the terminal).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn to annotate, as `show` lists it (annotate).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First character of the highlight in the turn's text, from 0 (annotate).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Character after the highlight's last (annotate).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note of the annotation (annotate).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma-separated tags of the annotation (annotate).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlight colour: yellow, green, blue, pink or orange (annotate).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First fiscal quarter of an exported chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last fiscal quarter of an exported chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scale of an exported chart: text and lines this many times larger (default 2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Background of an exported chart (default light).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import FILE...  Import transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>calls  List the calls in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show ID  Print a call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>search QUERY [--call ID] [--json] [--limit N]  Search the calls (Chinese in either script, English in any case)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>notes [--call ID] [--tag T] --format md|csv|json [--out FILE]  Export annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annotate ID --turn TURN_ID --start N --end N [--note TEXT] [--tags a,b] [--color NAME]  Highlight text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import-notes FILE.json  Import exported annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reimport ID FILE  Replace a call's text, keeping its annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export-chart revenue|margin|blackwell --out FILE.png|.svg|.pdf [--company T] [--from Q] [--to Q] [--size WxH]  Export a chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import-financials FILE.csv  Import figures (all rows or none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export-financials FILE.csv [--company T]  Export figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>install-sample  Put the built-in NVIDIA call and figures into the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read earnings calls against the numbers. With no sub-command, opens the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sub-command to run:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sub-commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown sub-command: %1 (see --help)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart pane to show in the window.</source>
        <translation>窗口中显示的图表窗格。</translation>
    </message>
    <message>
        <source>Interface language for this run.</source>
        <translation>本次运行使用的接口语言。</translation>
    </message>
    <message>
        <source>Use a dark palette for this run.</source>
        <translation>本次运行使用深色配色。</translation>
    </message>
</context>
<context>
    <name>DeleteAnnotationCommand</name>
    <message>
        <source>Delete annotation "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <source>Edit annotation "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditFigureCommand</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add figure %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove figure %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit figure %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditSpeakerCommand</name>
    <message>
        <source>Edit speaker %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>$%1M</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>$%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+%1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+%1 pt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 pt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>actual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guidance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disclosed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>estimate</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value: %1 (stored as %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarter ended %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entered or changed by you, not taken from the source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(statement)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user-entered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a number; %2 %3 was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 was not changed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The figure was not added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a %1 figure for %2 in %3; edit it instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 came from %3 and cannot be removed; edit its value instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The figure could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>%1 (quarter ended %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entered by you in the Figures table, not taken from the source below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>$%1B</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FiguresDock</name>
    <message>
        <source>Figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures of the open call's company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Estimate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a figure of your own; it is marked as user-entered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected figures you entered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import figures from a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the figures of this company to a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) from %1</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Import Financials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Financials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n figure(s) to %1</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Add Estimate for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in the metric's unit: US$ millions, % or US$</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>how you arrived at it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a fiscal quarter like FY2026Q1; nothing was added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a number; nothing was added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added an estimate of %1 for %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FinancialCsv</name>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty; expected the header %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header must be %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad fiscal quarter "%1" (expected FY2025Q4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad period end date "%1" (expected yyyy-mm-dd)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown kind "%1" (expected actual, guidance, disclosed or estimate)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the value "%1" is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user_entered must be 0 or 1, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate of line %1 (%2 %3 %4 %5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Cannot open the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--language must be one of %1</source>
        <translation>--language 必须是下列之一:%1</translation>
    </message>
    <message>
        <source>--pane must be revenue, margin or blackwell</source>
        <translation>--pane 必须是 revenue、margin 或 blackwell</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing transcripts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import transcripts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>✓ %1: %2 (%n question(s))</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n file(s).</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>System language</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryStore</name>
    <message>
        <source>Cannot open library %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not an Earnings Reader library (not an SQLite database); it was not changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is damaged (%1); it was not changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it was written by a newer version of Earnings Reader (schema %1; this version knows up to %2); it was not changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is read-only and needs an upgrade from schema %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>upgrade to schema %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the library %1 is open read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this text is already in the library as call %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>call %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>speaker %1 does not exist</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Zoom: %1%</source>
        <translation>缩放:%1%</translation>
    </message>
    <message>
        <source>Read-only library: changes cannot be saved</source>
        <translation>唯读数据库:无法保存变更</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Transcript…</source>
        <translation>导入逐字稿(&amp;I)…</translation>
    </message>
    <message>
        <source>Import one or more transcript text files into the library</source>
        <translation>将一或多个逐字稿文本档导入数据库</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>结束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>复原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>下一个问题(&amp;N)</translation>
    </message>
    <message>
        <source>Scroll to the next analyst question</source>
        <translation>卷动到下一个分析师问题</translation>
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation>上一个问题(&amp;P)</translation>
    </message>
    <message>
        <source>Scroll to the previous analyst question</source>
        <translation>卷动到上一个分析师问题</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>说明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Earnings Reader</source>
        <translation>关于 Earnings Reader(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the chart shown beside the transcript as PNG, SVG or PDF</source>
        <translation>将逐字稿旁的图表存成 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Copy C&amp;hart as Image</source>
        <translation>拷贝图表为影像(&amp;H)</translation>
    </message>
    <message>
        <source>Copy the chart shown beside the transcript to the clipboard</source>
        <translation>将逐字稿旁的图表拷贝到剪贴板</translation>
    </message>
    <message>
        <source>Import &amp;Financials…</source>
        <translation>导入财务数据(&amp;F)…</translation>
    </message>
    <message>
        <source>Import figures from a CSV file; a file with a bad row imports nothing</source>
        <translation>从 CSV 档导入数据;有错误列的文件不会导入任何数据</translation>
    </message>
    <message>
        <source>Export Fi&amp;nancials…</source>
        <translation>导出财务数据(&amp;N)…</translation>
    </message>
    <message>
        <source>Export the figures of the open call's company to a CSV file</source>
        <translation>将目前会议公司的数据导出为 CSV 档</translation>
    </message>
    <message>
        <source>&amp;Find in Call…</source>
        <translation>在会议中寻找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find text in the open call, in either script</source>
        <translation>在目前会议中寻找文本(繁简皆可)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>寻找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next match in the open call</source>
        <translation>前往目前会议的下一个相符处</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>寻找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous match in the open call</source>
        <translation>前往目前会议的上一个相符处</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>搜索数据库(&amp;S)…</translation>
    </message>
    <message>
        <source>Search all calls in Chinese (either script) or English</source>
        <translation>以中文(繁简皆可)或英文搜索所有会议</translation>
    </message>
    <message>
        <source>Show &amp;Simplified Characters</source>
        <translation>显示简体字(&amp;S)</translation>
    </message>
    <message>
        <source>Show the transcript in Simplified Chinese, with mainland vocabulary</source>
        <translation>以简体中文及大陆用语显示逐字稿</translation>
    </message>
    <message>
        <source>Show &amp;Traditional Characters</source>
        <translation>显示繁体字(&amp;T)</translation>
    </message>
    <message>
        <source>Show the transcript in Traditional Chinese, with Taiwan vocabulary</source>
        <translation>以繁体中文及台湾用语显示逐字稿</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Questions of the open call</source>
        <translation>目前会议的问题</translation>
    </message>
    <message>
        <source>Calls in the library</source>
        <translation>数据库中的会议</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>逐字稿</translation>
    </message>
    <message>
        <source>Call %1 is not in the library.</source>
        <translation>数据库中没有会议 %1。</translation>
    </message>
    <message>
        <source>%1 is not a fiscal quarter like FY2025Q4.</source>
        <translation>%1 不是像 FY2025Q4 这样的财季。</translation>
    </message>
    <message>
        <source>This is the last question.</source>
        <translation>这是最后一个问题。</translation>
    </message>
    <message>
        <source>This is the first question.</source>
        <translation>这是第一个问题。</translation>
    </message>
    <message>
        <source>Import Transcripts</source>
        <translation>导入逐字稿</translation>
    </message>
    <message>
        <source>Transcripts (*.txt);;All files (*)</source>
        <translation>逐字稿 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Earnings Reader</source>
        <translation>Earnings Reader</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Language, transcript font and script, chart export, library file</source>
        <translation>语言、逐字稿字体与字体、图表导出、数据库文件</translation>
    </message>
</context>
<context>
    <name>MarginChart</name>
    <message>
        <source>Margins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 gross and net margin against the outlook given a quarter earlier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net margin is computed (GAAP net income / revenue); hollow markers are the gross margin outlook from the previous quarter's release.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fiscal quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Margin (% of revenue)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GAAP gross margin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Non-GAAP gross margin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net margin (computed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GAAP gross margin outlook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Non-GAAP gross margin outlook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 outlook for %2: %3, given in the %4 release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual: %1 (%2 against the outlook)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual: not reported yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net margin: %1 (computed: GAAP net income %2 / revenue %3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MarkQuestionCommand</name>
    <message>
        <source>Clear the mark of Q%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark Q%1 "%2"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MetricCatalog</name>
    <message>
        <source>Revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data center revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data center compute revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data center networking revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gaming revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GAAP gross margin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Non-GAAP gross margin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GAAP net income</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GAAP diluted EPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue outlook for the next quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GAAP gross margin outlook for the next quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Non-GAAP gross margin outlook for the next quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blackwell revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blackwell share of data center compute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blackwell sequential growth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blackwell product mix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blackwell outlook statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US$ millions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US$</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the company "%1" is not a ticker (capital letters, digits, dots)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the fiscal quarter is not valid (expected FY2025Q4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown metric "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the unit of %1 is "%2", not "%3"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a statement and takes no value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a statement and needs its text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the value of %1 is not a finite number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MetricRepository</name>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commentary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepared remarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>analyst not named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question %1, asked by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save the speaker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Firm</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionMarkModel</name>
    <message>
        <source>analyst not named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rating from 1 to 5; 0 clears it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RevenueChart</name>
    <message>
        <source>Revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 quarterly revenue: data center and the rest, with the outlook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other revenue and growth are computed from the reported figures; the outlook is the one given in the previous quarter's release.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fiscal quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue (US$ billions)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue growth, year over year (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data center</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rest of revenue (computed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Growth, year over year (computed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outlook given a quarter earlier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue other than data center: %1 (computed: revenue %2 minus data center %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue: %1 (data center not reported for this quarter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total revenue: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue growth year over year: %1 (computed: %2 against %3 in %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue outlook for %1: %2, given in the %3 release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual: %1, %2 against the outlook (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual: not reported yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoleStyle</name>
    <message>
        <source>Analyst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Executive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Investor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SampleFigures</name>
    <message>
        <source>the built-in resource %1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2: expected %3 fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2: bad fiscal quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2: %3 is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2: bad quarter or value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SampleLibrary</name>
    <message>
        <source>the built-in resource %1 is missing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <source>The search index could not be brought up to date: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search in Chinese or English (毛利, 营收, Blackwell…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finds the text as typed, in Traditional or Simplified characters, ignoring case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Analysts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Executives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Investors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only what speakers in this role said</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this part of each call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No call is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No hits.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n call(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>only the first %1 are shown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message numerus="yes">
        <source>%1 (%n hit(s))</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Q%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Q%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
%2, %3 characters from the start of the turn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchTokenizer</name>
    <message>
        <source>the database connection is not SQLite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this SQLite has no full-text search (FTS5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot register the search tokenizer: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transcript &amp;font:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chinese &amp;script:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart export &amp;size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart export &amp;format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library &amp;file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default library in your data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A different library file is opened the next time Earnings Reader starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transcript font size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart export height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simplified (简体)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earnings Reader libraries (*.sqlite);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WindowScreenshot</name>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>