<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>chipline::annotation::TimelineSelection</name>
    <message>
        <source>United States government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nvidia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huawei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::events::CategoryNames</name>
    <message>
        <source>Entity List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US export approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US license requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China countermeasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allied control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US export rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diplomatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::exchange::TimelineJsWriter</name>
    <message>
        <source>under consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned, not reported done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected, not reported done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated by the publication day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US–China AI-chip export controls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::importing::ImportWriter</name>
    <message>
        <source>%1: database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: article %2: database: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::importing::Importer</name>
    <message>
        <source>%1: JSON data, not an article (use --layout text to import it as one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown layout &quot;%2&quot; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: broken symbolic link (its target %2 does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: broken symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: symbolic link out of %2 not followed (use --follow-links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: folder has no files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1 database files without opening them (%2): a database&apos;s files are never read as articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start recognition: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ingest::DumpParser</name>
    <message>
        <source>%1: byline &apos;%2&apos; has no article text before it; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: article %2 has a byline date that cannot exist (%3); kept undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: article %2 has no byline (text after the last byline); kept undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article found: %1 has no byline of the form &apos;name기자 YYYY.MM.DD HH:MM:SS&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ingest::FeedParser</name>
    <message>
        <source>%1: unknown encoding &quot;%2&quot; in the XML declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: malformed feed: not valid %2 at byte %3 (line %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: malformed feed (line %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an RSS or Atom feed (root element &lt;%2&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: item %2 has neither a title nor text; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: item %2 (&quot;%3&quot;): cannot read the date &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ingest::HtmlParser</name>
    <message>
        <source>%1: some bytes are not valid %2 and were replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown charset &quot;%2&quot; in the page; used %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable HTML page (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: elements are nested too deeply; text below that depth was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no article text found in the page (no paragraphs outside menus, scripts and page furniture, and no articleBody in its metadata)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ingest::LibXmlParser</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document declares the entity &quot;%1&quot;; entity declarations are refused (they can expand to gigabytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ingest::PlainTextParser</name>
    <message>
        <source>%1: date line &apos;%2&apos; names a date that cannot exist; kept undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article found: %1 has no text besides a date line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article found: %1 has no text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ingest::SourceReader</name>
    <message>
        <source>looks like a binary file, not text (control characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty (only whitespace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid UTF-16: odd number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid UTF-16: unpaired surrogate at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid UTF-8 (first invalid byte %1, line %2) and its encoding could not be recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a broken symbolic link (it points to %1, which does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 MB, larger than the limit of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than the limit of %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like a binary file, not text (NUL or control bytes in the first 64 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ingest::TranscriptParser</name>
    <message>
        <source>no article found: %1 has no transcript text before its footer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ingest::WireParser</name>
    <message>
        <source>%1: time line &apos;%2&apos; names a time that cannot exist; kept undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article found: %1 has no story text after its headline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::render::TimelineDocument</name>
    <message>
        <source>US–China AI-chip export controls: timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate (unconfirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned, considered or expected: not reported done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month, quarter, half or year precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned, not reported done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected, not reported done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated by the publication day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– and %1 more articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::storage::Backup</name>
    <message numerus="yes">
        <source>%1: not copied: %2 stayed locked by another program for %n second(s); nothing was written. Try again once it is done.</source>
        <translation>
            <numerusform>%1: not copied: %2 stayed locked by another program for %n second; nothing was written. Try again once it is done.</numerusform>
            <numerusform>%1: not copied: %2 stayed locked by another program for %n seconds; nothing was written. Try again once it is done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: stayed locked by another program for %n second(s); nothing was written to it. Try again once it is done.</source>
        <translation>
            <numerusform>%1: stayed locked by another program for %n second; nothing was written to it. Try again once it is done.</numerusform>
            <numerusform>%1: stayed locked by another program for %n seconds; nothing was written to it. Try again once it is done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chipline::timeline::TimeScale</name>
    <message>
        <source>%1</source>
        <comment>year tick</comment>
        <extracomment>An axis tick on the first day of a year; %1 is the year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>An axis tick at a quarter with its year; %1 is the quarter (1-4), %2 the year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1</source>
        <extracomment>An axis tick at a quarter; %1 is the quarter (1-4)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A QDate format for an axis tick at a month with its year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM</source>
        <extracomment>A QDate format for an axis tick at a month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A QDate format for an axis tick at a day with its month and year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d</source>
        <comment>day tick</comment>
        <extracomment>A QDate format for an axis tick at a day of the month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A QDate format for an axis tick at a day with its month</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::AnnotationController</name>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Selection as A&amp;lias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name Entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Entity Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mentioned in %n article(s)</source>
        <translation>
            <numerusform>Mentioned in %n article</numerusform>
            <numerusform>Mentioned in %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotate “%1” as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate the other occurrences of “%1” in the corpus as %2 too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Occurrences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the other highlights of “%1” as %2 in the corpus too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other occurrences of “%1” were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate these occurrences of “%1” as %2. Uncheck those to leave alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject these highlights of “%1” as %2. Uncheck those to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Annotate %n occurrence(s) of “%1”</source>
        <translation>
            <numerusform>Annotate %n occurrence of “%1”</numerusform>
            <numerusform>Annotate %n occurrences of “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n highlight(s) of “%1”</source>
        <translation>
            <numerusform>Reject %n highlight of “%1”</numerusform>
            <numerusform>Reject %n highlights of “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Link “%1” to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the entity of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of %1 (in every article):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the type of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” as an alias of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add alias “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into (its aliases, mentions and event roles move there, and %1 is removed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as A&amp;lias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter by This Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All &amp;Mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::ArticleListModel</name>
    <message>
        <source>No title; the first words of the text:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source gives no publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate or confirmed event(s) found in this article</source>
        <translation>
            <numerusform>%n candidate or confirmed event found in this article</numerusform>
            <numerusform>%n candidate or confirmed events found in this article</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::ArticleListView</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::ArticleReader</name>
    <message>
        <source>Set date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the article its publication date, so that its relative dates can be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 layout · item %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date expression, not resolved: the article has no publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date expression: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate event, %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article in the list to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Publication Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When was this article published? (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new name, guessed from its context: accept or reject it in Annotate › Review New Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passage only plans, weighs or expects it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated by the publication day (lower confidence)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::BackupController</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel it, before restoring a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::DamagedDialog</name>
    <message>
        <source>&amp;Restore Newest Good Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Salvage into a New File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the Backup of %1 (%2 articles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; cannot be used: it failed its check when it was opened, and nothing has been written to it.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or read every row that can still be read into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no good backup of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was salvaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salvaged into %1, but the damaged file could not be moved aside: open that file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salvaged into %1, but it could not take the database&apos;s place: open that file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::EntityChooserDialog</name>
    <message>
        <source>&amp;Existing entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names and aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::EntityColors</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::EntityPanel</name>
    <message>
        <source>This article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Only Articles Mentioning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::EventDetailsPanel</name>
    <message>
        <source>Double-click or press Enter to open the article at the passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 precision) · &lt;span style=&quot;color:%3&quot;&gt;■&lt;/span&gt; %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n supporting article(s)</source>
        <translation>
            <numerusform>%n supporting article</numerusform>
            <numerusform>%n supporting articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events selected</source>
        <translation>
            <numerusform>%n events selected</numerusform>
            <numerusform>%n events selected</numerusform>
        </translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an event on the timeline to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated by the publication day: no article gives a date of its own (lower confidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated %1 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated by the publication day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: no article says it has happened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under consideration: no article says it has happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: no article says it has happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under consideration here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::EventEditDialog</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names separated by &apos;;&apos; (new names become entities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date&apos;s form does not match the precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY, YYYY-H1, YYYY-Q1, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date must be YYYY, YYYY-H1, YYYY-Q1, YYYY-MM or YYYY-MM-DD and exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::FilterBar</name>
    <message>
        <source>With events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles with candidate events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles without a publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles that mention %1; click to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles that mention an entity: type any of its names or aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by relevance: the best matches first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by relevance: the best matches first. Click the Date header for the newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance: newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed newest first: a search of one or two characters, or one that more than %L1 articles match, is not ranked. Type more to rank the matches by relevance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::GuiApp</name>
    <message>
        <source>News analysis for the AI-chip export-control contest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::HighlightLegend</name>
    <message>
        <source>Show or hide the highlights of this type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::ImportSummaryDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Files finished before that were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import finished, but some files could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files already imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database files skipped without opening them: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the article list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Chipline starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Chipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the file being imported; files already imported are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News files (*.txt *.html *.htm *.xml *.rss *.atom);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Chipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chipline %1&lt;/h3&gt;&lt;p&gt;News analysis for the contest over AI-chip export controls between the United States and China, in Korean and English sources.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln article(s)</source>
        <translation>
            <numerusform>More than %Ln article</numerusform>
            <numerusform>More than %Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>The search matches too many articles to count them all as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %Ln article(s)</source>
        <translation>
            <numerusform>About %Ln article</numerusform>
            <numerusform>About %Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated from a sample of the articles: the search matches too many to count them all as you type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::MigrationBackup</name>
    <message>
        <source>Chipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by an older version of Chipline and must be upgraded before it can be opened (schema %1 to %2). After the upgrade, older versions cannot open it.

Back it up first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is written to:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up and Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Without Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed, so the database was not upgraded.

%1

Upgrade anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::NewNamesController</name>
    <message>
        <source>New names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;New Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names found by patterns that are not your entities yet: accept, alias or reject them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n new name(s)</source>
        <translation>
            <numerusform>Accept %n new name</numerusform>
            <numerusform>Accept %n new names</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n new name(s) as %1</source>
        <translation>
            <numerusform>Accept %n new name as %1</numerusform>
            <numerusform>Accept %n new names as %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add “%1” as another name of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n new name(s) as other names of:</source>
        <translation>
            <numerusform>Add %n new name as another name of:</numerusform>
            <numerusform>Add %n new names as other names of:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add as Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” as an alias of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n new name(s) as aliases of %1</source>
        <translation>
            <numerusform>Add %n new name as an alias of %1</numerusform>
            <numerusform>Add %n new names as aliases of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reject %n new name(s)</source>
        <translation>
            <numerusform>Reject %n new name</numerusform>
            <numerusform>Reject %n new names</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New names (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was decided on meanwhile, elsewhere; the list now shows the names left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::NewNamesModel</name>
    <message>
        <source>Guessed from the words around the name; “Accept as” gives it another type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, in %Ln article(s)</source>
        <translation>
            <numerusform>%1 — %2, in %Ln article</numerusform>
            <numerusform>%1 — %2, in %Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name as the articles write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type the pattern that found the name suggests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles that mention the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions in all articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::NewNamesPanel</name>
    <message>
        <source>Accept as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected names your entities, of the guessed type, and mark them in every article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected names as entities of another type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as Alias of…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected names other names of an entity you choose; their mentions move there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a name: remove the highlights and never propose it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only names of this guessed type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only names found in at least this many articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter names</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s)</source>
        <translation>
            <numerusform>%Ln name</numerusform>
            <numerusform>%Ln names</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No new names match the filters.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a name to see where it appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Where “%1” appears (%Ln mention(s)):</source>
        <translation>
            <numerusform>Where “%1” appears (%Ln mention):</numerusform>
            <numerusform>Where “%1” appears (%Ln mentions):</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to read it in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln name(s)</source>
        <translation>
            <numerusform>%1 of %Ln name</numerusform>
            <numerusform>%1 of %Ln names</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No new names to review&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Names found by patterns that are not in your entities yet appear here: officials named by their titles (…&amp;#8288;대변인, Commerce Secretary&amp;nbsp;…), firms by their head words (…&amp;#8288;증권, …&amp;nbsp;Corp.), chip and model numbers.&lt;/p&gt;&lt;p&gt;Accept them as entities, give them another type, add them as another name of an entity you have, or reject them. Until then the reader underlines them with dashes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::OccurrenceDialog</name>
    <message>
        <source>Apply to All Occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 occurrences selected</source>
        <translation>
            <numerusform>%n of %1 occurrences selected</numerusform>
            <numerusform>%n of %1 occurrences selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chipline::ui::RestoreDialog</name>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before apply to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an events import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chipline backs up your database before upgrades and bulk edits, and once a day while it is open. Restoring keeps the current state as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1 (%2 articles)? The current state is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of %1. The state before is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::SavedFileNotice</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::TimelineController</name>
    <message numerus="yes">
        <source>Confirm %n event(s)</source>
        <translation type="unfinished">
            <numerusform>Confirm %n event</numerusform>
            <numerusform>Confirm %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n event(s)</source>
        <translation type="unfinished">
            <numerusform>Reject %n event</numerusform>
            <numerusform>Reject %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge %n event(s)</source>
        <translation type="unfinished">
            <numerusform>Merge %n event</numerusform>
            <numerusform>Merge %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Split evidence off “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the date of article %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Article recognized again: %n event(s) found</source>
        <translation type="unfinished">
            <numerusform>Article recognized again: %n event found</numerusform>
            <numerusform>Article recognized again: %n events found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the lanes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole range (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected events into the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the passages selected in the details into a new event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed and candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes by actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the events.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Timeline — %n event(s)</source>
        <translation>
            <numerusform>Timeline — %n event</numerusform>
            <numerusform>Timeline — %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or more events with Ctrl+click to merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one event, then the passages to move into a new event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD, YYYY-MM or YYYY):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article in the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only events with evidence in the articles the list shows (its search, dates, outlet, entities …) or in the article the reader shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the lanes.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::TimelineIntegration</name>
    <message>
        <source>&amp;Print Timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Selection to Timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Events from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the passage in the reader first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv);;TimelineJS JSON (*.json);;SVG image (*.svg);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 events as confirmed; %2 were already on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lanes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::TimelineLanesDialog</name>
    <message>
        <source>Everything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an entity by name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event goes in the first lane that claims one of its actors; events no lane claims go in the last lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lanes, top first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every entity of a type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Everything Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the lane:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chipline::ui::TimelineView</name>
    <message>
        <source>Wheel or +/− to zoom, drag to pan, Home to fit all; click to select, Ctrl+click for several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unlabelled: zoom in</source>
        <translation>
            <numerusform>%n unlabelled: zoom in</numerusform>
            <numerusform>%n unlabelled: zoom in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chipline::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Chipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Chipline&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chipline reads the Korean and English news you save about the AI-chip export-control contest, finds the companies, agencies, people, chips and dates in it, and builds a timeline. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to do first&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Import the news you saved with &lt;b&gt;File ▸ Import Files…&lt;/b&gt; or &lt;b&gt;Import Folder…&lt;/b&gt;: search-result pages, TV transcripts, wire stories, plain text, saved web pages and RSS/Atom feeds.&lt;/li&gt;&lt;li&gt;Select an article in the list to read it.&lt;/li&gt;&lt;li&gt;For batch work without a window, run &lt;tt&gt;chipline --help&lt;/tt&gt; in a terminal.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Not sure where to start? Load the sample articles: short synthetic news in every layout Chipline reads, to look around in first. You can import your own files into the same database later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Sample Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample articles could not be imported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
