<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>chipline::annotation::TimelineSelection</name>
    <message>
        <source>United States government</source>
        <translation>미국 정부</translation>
    </message>
    <message>
        <source>Chinese government</source>
        <translation>중국 정부</translation>
    </message>
    <message>
        <source>Nvidia</source>
        <translation>엔비디아</translation>
    </message>
    <message>
        <source>Huawei</source>
        <translation>화웨이</translation>
    </message>
    <message>
        <source>Allies</source>
        <translation>동맹국</translation>
    </message>
    <message>
        <source>Other companies</source>
        <translation>기타 기업</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>후보</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>%1 entities</source>
        <translation>개체 %1개</translation>
    </message>
    <message>
        <source>with events</source>
        <translation>사건 있는 기사</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Lanes: %1</source>
        <translation>레인: %1</translation>
    </message>
    <message>
        <source>by actor</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>by category</source>
        <translation>분류</translation>
    </message>
</context>
<context>
    <name>chipline::events::CategoryNames</name>
    <message>
        <source>Entity List</source>
        <translation>거래제한 명단</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>단속·처벌</translation>
    </message>
    <message>
        <source>US export approval</source>
        <translation>미국 수출 승인</translation>
    </message>
    <message>
        <source>US license requirement</source>
        <translation>미국 허가 요건</translation>
    </message>
    <message>
        <source>China countermeasure</source>
        <translation>중국 대응 조치</translation>
    </message>
    <message>
        <source>Corporate disclosure</source>
        <translation>기업 공시</translation>
    </message>
    <message>
        <source>Product launch</source>
        <translation>제품 출시</translation>
    </message>
    <message>
        <source>Allied control</source>
        <translation>동맹국 통제</translation>
    </message>
    <message>
        <source>US export rule</source>
        <translation>미국 수출 규칙</translation>
    </message>
    <message>
        <source>Diplomatic</source>
        <translation>외교</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>시장</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>chipline::exchange::TimelineJsWriter</name>
    <message>
        <source>under consideration</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>planned, not reported done</source>
        <translation>계획(실행 보도 없음)</translation>
    </message>
    <message>
        <source>expected, not reported done</source>
        <translation>전망(실행 보도 없음)</translation>
    </message>
    <message>
        <source>dated by the publication day</source>
        <translation>게재일 기준 날짜</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>US–China AI-chip export controls</source>
        <translation>미중 AI 반도체 수출통제</translation>
    </message>
</context>
<context>
    <name>chipline::importing::ImportWriter</name>
    <message>
        <source>%1: database: %2</source>
        <translation>%1: 데이터베이스: %2</translation>
    </message>
    <message>
        <source>%1: article %2: database: %3</source>
        <translation>%1: 기사 %2: 데이터베이스: %3</translation>
    </message>
</context>
<context>
    <name>chipline::importing::Importer</name>
    <message>
        <source>%1: JSON data, not an article (use --layout text to import it as one)</source>
        <translation>%1: 기사가 아니라 JSON 데이터입니다(기사로 가져오려면 --layout text를 쓰십시오)</translation>
    </message>
    <message>
        <source>%1: unknown layout &quot;%2&quot; (known: %3)</source>
        <translation>%1: 알 수 없는 형식 &quot;%2&quot;(아는 형식: %3)</translation>
    </message>
    <message>
        <source>%1: broken symbolic link (its target %2 does not exist)</source>
        <translation>%1: 끊어진 심볼릭 링크(대상 %2이(가) 없습니다)</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: 그런 파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <source>%1: broken symbolic link</source>
        <translation>%1: 끊어진 심볼릭 링크</translation>
    </message>
    <message>
        <source>%1: symbolic link out of %2 not followed (use --follow-links)</source>
        <translation>%1: %2 밖을 가리키는 심볼릭 링크는 따라가지 않았습니다(--follow-links로 따라갑니다)</translation>
    </message>
    <message>
        <source>%1: folder has no files to import</source>
        <translation>%1: 폴더에 가져올 파일이 없습니다</translation>
    </message>
    <message>
        <source>skipped %1 database files without opening them (%2): a database&apos;s files are never read as articles</source>
        <translation>데이터베이스 파일 %1개를 열지 않고 건너뛰었습니다(%2): 데이터베이스 파일은 기사로 읽지 않습니다</translation>
    </message>
    <message>
        <source>cannot start recognition: %1</source>
        <translation>인식을 시작할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>chipline::ingest::DumpParser</name>
    <message>
        <source>%1: byline &apos;%2&apos; has no article text before it; skipped</source>
        <translation>%1: 바이라인 &apos;%2&apos; 앞에 기사 본문이 없어 건너뛰었습니다</translation>
    </message>
    <message>
        <source>%1: article %2 has a byline date that cannot exist (%3); kept undated</source>
        <translation>%1: 기사 %2의 바이라인 날짜(%3)는 있을 수 없는 날짜라서 날짜 없이 두었습니다</translation>
    </message>
    <message>
        <source>%1: article %2 has no byline (text after the last byline); kept undated</source>
        <translation>%1: 기사 %2에는 바이라인이 없어(마지막 바이라인 뒤의 글) 날짜 없이 두었습니다</translation>
    </message>
    <message>
        <source>no article found: %1 has no byline of the form &apos;name기자 YYYY.MM.DD HH:MM:SS&apos;</source>
        <translation>기사를 찾지 못했습니다: %1에 &apos;이름기자 YYYY.MM.DD HH:MM:SS&apos; 형식의 바이라인이 없습니다</translation>
    </message>
</context>
<context>
    <name>chipline::ingest::FeedParser</name>
    <message>
        <source>%1: unknown encoding &quot;%2&quot; in the XML declaration</source>
        <translation>%1: XML 선언의 인코딩 &quot;%2&quot;을(를) 알 수 없습니다</translation>
    </message>
    <message>
        <source>%1: malformed feed: not valid %2 at byte %3 (line %4)</source>
        <translation>%1: 잘못된 피드: 바이트 %3부터 올바른 %2이(가) 아닙니다(%4번째 줄)</translation>
    </message>
    <message>
        <source>%1: malformed feed (line %2: %3)</source>
        <translation>%1: 잘못된 피드(%2번째 줄: %3)</translation>
    </message>
    <message>
        <source>%1: not an RSS or Atom feed (root element &lt;%2&gt;)</source>
        <translation>%1: RSS나 Atom 피드가 아닙니다(루트 요소 &lt;%2&gt;)</translation>
    </message>
    <message>
        <source>%1: item %2 has neither a title nor text; skipped</source>
        <translation>%1: 항목 %2에 제목도 본문도 없어 건너뛰었습니다</translation>
    </message>
    <message>
        <source>%1: item %2 (&quot;%3&quot;): cannot read the date &quot;%4&quot;</source>
        <translation>%1: 항목 %2(&quot;%3&quot;): 날짜 &quot;%4&quot;을(를) 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>chipline::ingest::HtmlParser</name>
    <message>
        <source>%1: some bytes are not valid %2 and were replaced</source>
        <translation>%1: 올바른 %2이(가) 아닌 바이트가 있어 대체 문자로 바꾸었습니다</translation>
    </message>
    <message>
        <source>%1: unknown charset &quot;%2&quot; in the page; used %3</source>
        <translation>%1: 페이지의 문자 집합 &quot;%2&quot;을(를) 알 수 없어 %3(으)로 읽었습니다</translation>
    </message>
    <message>
        <source>%1: not a readable HTML page (%2)</source>
        <translation>%1: 읽을 수 있는 HTML 페이지가 아닙니다(%2)</translation>
    </message>
    <message>
        <source>%1: elements are nested too deeply; text below that depth was dropped</source>
        <translation>%1: 요소가 너무 깊이 중첩되어 그 깊이 아래의 글은 버렸습니다</translation>
    </message>
    <message>
        <source>%1: no article text found in the page (no paragraphs outside menus, scripts and page furniture, and no articleBody in its metadata)</source>
        <translation>%1: 페이지에서 기사 본문을 찾지 못했습니다(메뉴, 스크립트, 페이지 장식 밖에 문단이 없고 메타데이터에 articleBody도 없습니다)</translation>
    </message>
</context>
<context>
    <name>chipline::ingest::LibXmlParser</name>
    <message>
        <source>out of memory</source>
        <translation>메모리가 부족합니다</translation>
    </message>
    <message>
        <source>no document</source>
        <translation>문서가 없습니다</translation>
    </message>
    <message>
        <source>the document declares the entity &quot;%1&quot;; entity declarations are refused (they can expand to gigabytes)</source>
        <translation>문서가 엔티티 &quot;%1&quot;을(를) 선언합니다. 엔티티 선언은 받지 않습니다(수 기가바이트로 불어날 수 있습니다)</translation>
    </message>
</context>
<context>
    <name>chipline::ingest::PlainTextParser</name>
    <message>
        <source>%1: date line &apos;%2&apos; names a date that cannot exist; kept undated</source>
        <translation>%1: 날짜 줄 &apos;%2&apos;은(는) 있을 수 없는 날짜라서 날짜 없이 두었습니다</translation>
    </message>
    <message>
        <source>no article found: %1 has no text besides a date line</source>
        <translation>기사를 찾지 못했습니다: %1에 날짜 줄 말고는 본문이 없습니다</translation>
    </message>
    <message>
        <source>no article found: %1 has no text</source>
        <translation>기사를 찾지 못했습니다: %1에 본문이 없습니다</translation>
    </message>
</context>
<context>
    <name>chipline::ingest::SourceReader</name>
    <message>
        <source>looks like a binary file, not text (control characters)</source>
        <translation>텍스트가 아니라 바이너리 파일로 보입니다(제어 문자)</translation>
    </message>
    <message>
        <source>is empty (only whitespace)</source>
        <translation>비어 있습니다(공백뿐입니다)</translation>
    </message>
    <message>
        <source>is not valid UTF-16: odd number of bytes</source>
        <translation>올바른 UTF-16이 아닙니다: 바이트 수가 홀수입니다</translation>
    </message>
    <message>
        <source>is not valid UTF-16: unpaired surrogate at byte %1</source>
        <translation>올바른 UTF-16이 아닙니다: 바이트 %1에 짝이 없는 서로게이트가 있습니다</translation>
    </message>
    <message>
        <source>is not valid UTF-8 (first invalid byte %1, line %2) and its encoding could not be recognised</source>
        <translation>올바른 UTF-8이 아니고(첫 잘못된 바이트 %1, %2번째 줄) 인코딩도 알아낼 수 없습니다</translation>
    </message>
    <message>
        <source>is a broken symbolic link (it points to %1, which does not exist)</source>
        <translation>끊어진 심볼릭 링크입니다(가리키는 %1이(가) 없습니다)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>존재하지 않습니다</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>is %1 MB, larger than the limit of %2 MB</source>
        <translation>%1MB로, 한도인 %2MB보다 큽니다</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>읽을 수 없습니다: 권한이 없습니다</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>is larger than the limit of %1 MB</source>
        <translation>한도인 %1MB보다 큽니다</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation>비어 있습니다(0바이트)</translation>
    </message>
    <message>
        <source>looks like a binary file, not text (NUL or control bytes in the first 64 KB)</source>
        <translation>텍스트가 아니라 바이너리 파일로 보입니다(처음 64KB에 NUL 또는 제어 바이트가 있습니다)</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1 (line %2)</source>
        <translation>바이트 %1에 잘못된 UTF-8이 있습니다(%2번째 줄)</translation>
    </message>
</context>
<context>
    <name>chipline::ingest::TranscriptParser</name>
    <message>
        <source>no article found: %1 has no transcript text before its footer</source>
        <translation>기사를 찾지 못했습니다: %1에 꼬리말 앞의 방송 원고 본문이 없습니다</translation>
    </message>
</context>
<context>
    <name>chipline::ingest::WireParser</name>
    <message>
        <source>%1: time line &apos;%2&apos; names a time that cannot exist; kept undated</source>
        <translation>%1: 시각 줄 &apos;%2&apos;은(는) 있을 수 없는 시각이라서 날짜 없이 두었습니다</translation>
    </message>
    <message>
        <source>no article found: %1 has no story text after its headline</source>
        <translation>기사를 찾지 못했습니다: %1에 헤드라인 뒤의 기사 본문이 없습니다</translation>
    </message>
</context>
<context>
    <name>chipline::render::TimelineDocument</name>
    <message>
        <source>US–China AI-chip export controls: timeline</source>
        <translation>미·중 AI 반도체 수출통제 연표</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2쪽</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>사건 %1건</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>candidate (unconfirmed)</source>
        <translation>후보(미확정)</translation>
    </message>
    <message>
        <source>planned, considered or expected: not reported done</source>
        <translation>계획·검토·전망: 실행 보도 없음</translation>
    </message>
    <message>
        <source>month, quarter, half or year precision</source>
        <translation>월·분기·반기·연 단위 날짜</translation>
    </message>
    <message>
        <source>Legend: </source>
        <translation>범례: </translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>후보</translation>
    </message>
    <message>
        <source>planned, not reported done</source>
        <translation>계획(실행 보도 없음)</translation>
    </message>
    <message>
        <source>under consideration</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>expected, not reported done</source>
        <translation>전망(실행 보도 없음)</translation>
    </message>
    <message>
        <source>dated by the publication day</source>
        <translation>게재일 기준 날짜</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>출처: </translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>메모: </translation>
    </message>
    <message>
        <source>dated </source>
        <translation>기사상 날짜 </translation>
    </message>
    <message>
        <source>– and %1 more articles</source>
        <translation>– 외 기사 %1건</translation>
    </message>
    <message>
        <source>Events and sources</source>
        <translation>사건과 출처</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거부</translation>
    </message>
</context>
<context>
    <name>chipline::storage::Backup</name>
    <message numerus="yes">
        <source>%1: not copied: %2 stayed locked by another program for %n second(s); nothing was written. Try again once it is done.</source>
        <translation>
            <numerusform>%1: 복사하지 못했습니다. 다른 프로그램이 %2을(를) %n초 동안 잠가 두어 아무것도 쓰지 않았습니다. 그 작업이 끝난 뒤 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: stayed locked by another program for %n second(s); nothing was written to it. Try again once it is done.</source>
        <translation>
            <numerusform>%1: 다른 프로그램이 %n초 동안 잠가 두어 이 파일에 아무것도 쓰지 않았습니다. 그 작업이 끝난 뒤 다시 시도하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chipline::timeline::TimeScale</name>
    <message>
        <source>%1</source>
        <comment>year tick</comment>
        <extracomment>An axis tick on the first day of a year; %1 is the year</extracomment>
        <translation>%1년</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>An axis tick at a quarter with its year; %1 is the quarter (1-4), %2 the year</extracomment>
        <translation>%2년 %1분기</translation>
    </message>
    <message>
        <source>Q%1</source>
        <extracomment>An axis tick at a quarter; %1 is the quarter (1-4)</extracomment>
        <translation>%1분기</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A QDate format for an axis tick at a month with its year</extracomment>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <source>MMM</source>
        <extracomment>A QDate format for an axis tick at a month</extracomment>
        <translation>M월</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A QDate format for an axis tick at a day with its month and year</extracomment>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <source>d</source>
        <comment>day tick</comment>
        <extracomment>A QDate format for an axis tick at a day of the month</extracomment>
        <translation>d일</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A QDate format for an axis tick at a day with its month</extracomment>
        <translation>M월 d일</translation>
    </message>
</context>
<context>
    <name>chipline::ui::AnnotationController</name>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>선택 영역 주석 달기(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reject Highlight</source>
        <translation>강조 거부(&amp;R)</translation>
    </message>
    <message>
        <source>Change &amp;Entity…</source>
        <translation>개체 변경(&amp;E)…</translation>
    </message>
    <message>
        <source>Change &amp;Type…</source>
        <translation>유형 변경(&amp;T)…</translation>
    </message>
    <message>
        <source>Add Selection as A&amp;lias…</source>
        <translation>선택 영역을 별칭으로 추가(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;name Entity…</source>
        <translation>개체 이름 바꾸기(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Merge Entity Into…</source>
        <translation>다른 개체에 병합(&amp;M)…</translation>
    </message>
    <message>
        <source>Aliases: %1</source>
        <translation>별칭: %1</translation>
    </message>
    <message numerus="yes">
        <source>Mentioned in %n article(s)</source>
        <translation>
            <numerusform>기사 %n건에 언급</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotate “%1” as:</source>
        <translation>“%1”에 연결할 개체:</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>주석 달기</translation>
    </message>
    <message>
        <source>Annotate “%1”</source>
        <translation>“%1” 주석</translation>
    </message>
    <message>
        <source>Annotate the other occurrences of “%1” in the corpus as %2 too?</source>
        <translation>코퍼스의 다른 “%1”도 %2(으)로 주석을 달까요?</translation>
    </message>
    <message>
        <source>Review Occurrences…</source>
        <translation>출현 위치 검토…</translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation>“%1” 거부</translation>
    </message>
    <message>
        <source>Reject the other highlights of “%1” as %2 in the corpus too?</source>
        <translation>코퍼스에서 %2(으)로 강조된 다른 “%1”도 거부할까요?</translation>
    </message>
    <message>
        <source>No other occurrences of “%1” were found.</source>
        <translation>다른 “%1”을(를) 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Annotate these occurrences of “%1” as %2. Uncheck those to leave alone.</source>
        <translation>아래 “%1”에 %2 주석을 답니다. 제외할 항목은 선택을 해제하세요.</translation>
    </message>
    <message>
        <source>Reject these highlights of “%1” as %2. Uncheck those to keep.</source>
        <translation>아래 %2 강조(“%1”)를 거부합니다. 유지할 항목은 선택을 해제하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Annotate %n occurrence(s) of “%1”</source>
        <translation>
            <numerusform>“%1” %n곳 주석</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n highlight(s) of “%1”</source>
        <translation>
            <numerusform>“%1” 강조 %n곳 거부</numerusform>
        </translation>
    </message>
    <message>
        <source>Link “%1” to:</source>
        <translation>“%1”을(를) 연결할 개체:</translation>
    </message>
    <message>
        <source>Change Entity</source>
        <translation>개체 변경</translation>
    </message>
    <message>
        <source>Change the entity of “%1”</source>
        <translation>“%1”의 개체 변경</translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>유형 변경</translation>
    </message>
    <message>
        <source>Type of %1 (in every article):</source>
        <translation>%1의 유형(모든 기사에 적용):</translation>
    </message>
    <message>
        <source>Change the type of %1</source>
        <translation>%1 유형 변경</translation>
    </message>
    <message>
        <source>Add “%1” as an alias of:</source>
        <translation>“%1”을(를) 별칭으로 추가할 개체:</translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation>별칭 추가</translation>
    </message>
    <message>
        <source>Add alias “%1” to %2</source>
        <translation>%2에 별칭 “%1” 추가</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>개체 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1의 새 이름:</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 → %2 이름 바꾸기</translation>
    </message>
    <message>
        <source>Merge %1 into (its aliases, mentions and event roles move there, and %1 is removed):</source>
        <translation>%1을(를) 병합할 개체 (별칭, 언급, 사건 행위자가 옮겨지고 %1은(는) 삭제됩니다):</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>개체 병합</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1을(를) %2에 병합</translation>
    </message>
    <message>
        <source>Add as A&amp;lias…</source>
        <translation>별칭으로 추가(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Filter by This Entity</source>
        <translation>이 개체로 거르기(&amp;F)</translation>
    </message>
    <message>
        <source>Show All &amp;Mentions</source>
        <translation>모든 언급 보기(&amp;M)</translation>
    </message>
</context>
<context>
    <name>chipline::ui::ArticleListModel</name>
    <message>
        <source>No title; the first words of the text:
%1</source>
        <translation>제목 없음. 본문 첫 부분:
%1</translation>
    </message>
    <message>
        <source>The source gives no publication date</source>
        <translation>출처에 발행일이 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate or confirmed event(s) found in this article</source>
        <translation>
            <numerusform>이 기사에서 찾은 사건 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>기자</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
</context>
<context>
    <name>chipline::ui::ArticleListView</name>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
</context>
<context>
    <name>chipline::ui::ArticleReader</name>
    <message>
        <source>Set date…</source>
        <translation>날짜 지정…</translation>
    </message>
    <message>
        <source>Give the article its publication date, so that its relative dates can be resolved</source>
        <translation>기사에 발행일을 지정하면 상대 날짜 표현을 해석할 수 있습니다</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>%1 · %2 layout · item %3</source>
        <translation>%1 · %2 형식 · %3번째 항목</translation>
    </message>
    <message>
        <source>Date expression, not resolved: the article has no publication date</source>
        <translation>날짜 표현(미해석): 기사에 발행일이 없습니다</translation>
    </message>
    <message>
        <source>Date expression: %1 (%2)</source>
        <translation>날짜 표현: %1 (%2)</translation>
    </message>
    <message>
        <source>Candidate event, %1 (%2): %3</source>
        <translation>후보 사건, %1 (%2): %3</translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>선택한 기사 없음</translation>
    </message>
    <message>
        <source>Select an article in the list to read it here.</source>
        <translation>목록에서 기사를 선택하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Set Publication Date</source>
        <translation>발행일 지정</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>When was this article published? (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD HH:MM)</source>
        <translation>이 기사는 언제 발행되었나요? (YYYY, YYYY-MM, YYYY-MM-DD 또는 YYYY-MM-DD HH:MM)</translation>
    </message>
    <message>
        <source>Published %1 (UTC)</source>
        <translation>발행 %1 (UTC)</translation>
    </message>
    <message>
        <source>Not a date yet</source>
        <translation>아직 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>A new name, guessed from its context: accept or reject it in Annotate › Review New Names</source>
        <translation>문맥으로 추정한 새 이름입니다. 주석 › 새 이름 검토에서 수락하거나 거부하세요</translation>
    </message>
    <message>
        <source>This passage only plans, weighs or expects it</source>
        <translation>이 문장은 계획·검토·전망만 전함</translation>
    </message>
    <message>
        <source>Dated by the publication day (lower confidence)</source>
        <translation>게재일 기준 날짜(신뢰도 낮음)</translation>
    </message>
</context>
<context>
    <name>chipline::ui::BackupController</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>지금 백업(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>백업에서 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>매일 백업에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>Daily backup written to %1</source>
        <translation>매일 백업을 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <source>The backup failed.

%1</source>
        <translation>백업에 실패했습니다.

%1</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>백업을 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel it, before restoring a backup.</source>
        <translation>백업을 복원하기 전에 가져오기가 끝나기를 기다리거나 취소하십시오.</translation>
    </message>
</context>
<context>
    <name>chipline::ui::DamagedDialog</name>
    <message>
        <source>&amp;Restore Newest Good Backup</source>
        <translation>가장 최근의 정상 백업 복원(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Salvage into a New File</source>
        <translation>새 파일로 살려내기(&amp;S)</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>데이터베이스가 손상되었습니다</translation>
    </message>
    <message>
        <source>&amp;Restore the Backup of %1 (%2 articles)</source>
        <translation>%1 백업 복원(&amp;R) (기사 %2건)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; cannot be used: it failed its check when it was opened, and nothing has been written to it.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; 파일을 쓸 수 없습니다. 열 때 점검을 통과하지 못했으며, 이 파일에는 아무것도 쓰지 않았습니다.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Or read every row that can still be read into:</source>
        <translation>또는 아직 읽을 수 있는 모든 행을 다음 파일로 옮깁니다:</translation>
    </message>
    <message>
        <source>There is no good backup of this database.</source>
        <translation>이 데이터베이스의 정상 백업이 없습니다.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>복원하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Nothing was salvaged: %1</source>
        <translation>아무것도 살려내지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Salvaged into %1, but the damaged file could not be moved aside: open that file with --db.</source>
        <translation>%1에 살려냈지만 손상된 파일을 옆으로 옮기지 못했습니다. --db로 그 파일을 여십시오.</translation>
    </message>
    <message>
        <source>Salvaged into %1, but it could not take the database&apos;s place: open that file with --db.</source>
        <translation>%1에 살려냈지만 데이터베이스 자리로 옮기지 못했습니다. --db로 그 파일을 여십시오.</translation>
    </message>
</context>
<context>
    <name>chipline::ui::EntityChooserDialog</name>
    <message>
        <source>&amp;Existing entity</source>
        <translation>기존 개체(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New entity</source>
        <translation>새 개체(&amp;N)</translation>
    </message>
    <message>
        <source>Choose Entity</source>
        <translation>개체 선택</translation>
    </message>
    <message>
        <source>Search names and aliases</source>
        <translation>이름과 별칭 검색</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>유형:</translation>
    </message>
</context>
<context>
    <name>chipline::ui::EntityColors</name>
    <message>
        <source>Organisation</source>
        <translation>기업·기관</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>정부</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>칩</translation>
    </message>
    <message>
        <source>AI model</source>
        <translation>AI 모델</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>언론</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규제</translation>
    </message>
</context>
<context>
    <name>chipline::ui::EntityPanel</name>
    <message>
        <source>This article</source>
        <translation>이 기사</translation>
    </message>
    <message>
        <source>Whole corpus</source>
        <translation>전체 코퍼스</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>개체 필터</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>언급</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>문맥</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>Show Only Articles Mentioning %1</source>
        <translation>%1을(를) 언급한 기사만 보기</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Change Type…</source>
        <translation>유형 변경…</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>병합…</translation>
    </message>
</context>
<context>
    <name>chipline::ui::EventDetailsPanel</name>
    <message>
        <source>Double-click or press Enter to open the article at the passage</source>
        <translation>두 번 누르거나 Enter를 누르면 기사의 해당 구절을 엽니다</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>후보</translation>
    </message>
    <message>
        <source>day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>year</source>
        <translation>연</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 precision) · &lt;span style=&quot;color:%3&quot;&gt;■&lt;/span&gt; %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2 단위) · &lt;span style=&quot;color:%3&quot;&gt;■&lt;/span&gt; %4 · %5</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>행위자: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>메모: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n supporting article(s)</source>
        <translation>
            <numerusform>근거 기사 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events selected</source>
        <translation>
            <numerusform>사건 %n개 선택</numerusform>
        </translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>선택한 사건 없음</translation>
    </message>
    <message>
        <source>Click an event on the timeline to see its evidence.</source>
        <translation>연표에서 사건을 누르면 근거를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>half-year</source>
        <translation>반기</translation>
    </message>
    <message>
        <source>Dated by the publication day: no article gives a date of its own (lower confidence)</source>
        <translation>게재일 기준 날짜: 날짜를 밝힌 기사가 없음(신뢰도 낮음)</translation>
    </message>
    <message>
        <source>dated %1 here</source>
        <translation>이 기사에는 %1</translation>
    </message>
    <message>
        <source>dated by the publication day</source>
        <translation>게재일 기준 날짜</translation>
    </message>
    <message>
        <source>Planned: no article says it has happened yet</source>
        <translation>계획: 실행됐다는 기사는 아직 없음</translation>
    </message>
    <message>
        <source>Under consideration: no article says it has happened</source>
        <translation>검토 중: 실행됐다는 기사는 없음</translation>
    </message>
    <message>
        <source>Expected: no article says it has happened</source>
        <translation>전망: 실행됐다는 기사는 없음</translation>
    </message>
    <message>
        <source>planned here</source>
        <translation>이 기사에는 계획</translation>
    </message>
    <message>
        <source>under consideration here</source>
        <translation>이 기사에는 검토 중</translation>
    </message>
    <message>
        <source>expected here</source>
        <translation>이 기사에는 전망</translation>
    </message>
</context>
<context>
    <name>chipline::ui::EventEditDialog</name>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연</translation>
    </message>
    <message>
        <source>Names separated by &apos;;&apos; (new names become entities)</source>
        <translation>이름을 &apos;;&apos;로 구분 (새 이름은 개체로 추가)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>정밀도(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>분류(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation>행위자(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>출처(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>The date&apos;s form does not match the precision.</source>
        <translation>날짜 형식이 정밀도와 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>제목이 비어 있습니다.</translation>
    </message>
    <message>
        <source>YYYY, YYYY-H1, YYYY-Q1, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-H1, YYYY-Q1, YYYY-MM 또는 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Half year</source>
        <translation>반기</translation>
    </message>
    <message>
        <source>The date must be YYYY, YYYY-H1, YYYY-Q1, YYYY-MM or YYYY-MM-DD and exist.</source>
        <translation>날짜는 YYYY, YYYY-H1, YYYY-Q1, YYYY-MM 또는 YYYY-MM-DD 형식의 실제 날짜여야 합니다.</translation>
    </message>
</context>
<context>
    <name>chipline::ui::FilterBar</name>
    <message>
        <source>With events</source>
        <translation>사건 있음</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>Search titles and text</source>
        <translation>제목과 본문 검색</translation>
    </message>
    <message>
        <source>Only articles with candidate events</source>
        <translation>후보 사건이 있는 기사만</translation>
    </message>
    <message>
        <source>Only articles without a publication date</source>
        <translation>발행일이 없는 기사만</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Show all articles</source>
        <translation>모든 기사 보기</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>모든 매체</translation>
    </message>
    <message>
        <source>All layouts</source>
        <translation>모든 형식</translation>
    </message>
    <message>
        <source>Only articles that mention %1; click to remove</source>
        <translation>%1을(를) 언급한 기사만. 누르면 해제</translation>
    </message>
    <message>
        <source>Entity…</source>
        <translation>개체…</translation>
    </message>
    <message>
        <source>Only articles that mention an entity: type any of its names or aliases</source>
        <translation>개체를 언급한 기사만: 이름이나 별칭 아무거나 입력</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>관련도순</translation>
    </message>
    <message>
        <source>Sort by relevance: the best matches first</source>
        <translation>관련도순으로 정렬: 가장 잘 맞는 기사부터</translation>
    </message>
    <message>
        <source>Sorted by relevance: the best matches first. Click the Date header for the newest first.</source>
        <translation>관련도순으로 정렬됨: 가장 잘 맞는 기사부터. 최신순으로 보려면 날짜 머리글을 누르세요.</translation>
    </message>
    <message>
        <source>Relevance: newest first</source>
        <translation>관련도순: 지금은 최신순</translation>
    </message>
    <message>
        <source>Listed newest first: a search of one or two characters, or one that more than %L1 articles match, is not ranked. Type more to rank the matches by relevance.</source>
        <translation>최신순으로 보여 줍니다: 한두 글자 검색이나 %L1건이 넘는 기사가 검색되는 경우에는 관련도를 매기지 않습니다. 더 입력하면 관련도순으로 정렬합니다.</translation>
    </message>
</context>
<context>
    <name>chipline::ui::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>기사에서 찾기</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
</context>
<context>
    <name>chipline::ui::GuiApp</name>
    <message>
        <source>News analysis for the AI-chip export-control contest.</source>
        <translation>AI 칩 수출 통제 경쟁 뉴스 분석.</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>데이터베이스 FILE을 엽니다.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Chipline</source>
        <translation>칩라인</translation>
    </message>
    <message>
        <source>Cannot open the database.

%1</source>
        <translation>데이터베이스를 열 수 없습니다.

%1</translation>
    </message>
</context>
<context>
    <name>chipline::ui::HighlightLegend</name>
    <message>
        <source>Show or hide the highlights of this type</source>
        <translation>이 유형의 강조 표시를 보이거나 숨깁니다</translation>
    </message>
</context>
<context>
    <name>chipline::ui::ImportSummaryDialog</name>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>The import could not start.</source>
        <translation>가져오기를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>The import was cancelled. Files finished before that were kept.</source>
        <translation>가져오기를 취소했습니다. 그 전에 끝난 파일은 유지됩니다.</translation>
    </message>
    <message>
        <source>The import finished, but some files could not be read.</source>
        <translation>가져오기를 마쳤지만 일부 파일을 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>The import finished.</source>
        <translation>가져오기를 마쳤습니다.</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>파일: %1</translation>
    </message>
    <message>
        <source>Articles added: %1</source>
        <translation>추가된 기사: %1</translation>
    </message>
    <message>
        <source>Duplicates skipped: %1</source>
        <translation>건너뛴 중복: %1</translation>
    </message>
    <message>
        <source>Files already imported: %1</source>
        <translation>이미 가져온 파일: %1</translation>
    </message>
    <message>
        <source>Files failed: %1</source>
        <translation>실패한 파일: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Database files skipped without opening them: %1</source>
        <translation>열지 않고 건너뛴 데이터베이스 파일: %1</translation>
    </message>
</context>
<context>
    <name>chipline::ui::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Chipline</source>
        <translation>칩라인</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Cannot read the article list: %1</source>
        <translation>기사 목록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation>파일 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <source>Import F&amp;older…</source>
        <translation>폴더 가져오기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>기사에서 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Search Articles</source>
        <translation>기사 검색(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>주석(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>원래 크기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템 설정</translation>
    </message>
    <message>
        <source>The language changes when Chipline starts again.</source>
        <translation>언어는 칩라인을 다시 시작하면 바뀝니다.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Chipline</source>
        <translation>칩라인 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Stop after the file being imported; files already imported are kept</source>
        <translation>지금 가져오는 파일까지만 처리하고 멈춥니다. 이미 가져온 파일은 유지됩니다</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>가져오기를 멈추는 중…</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>파일 가져오기</translation>
    </message>
    <message>
        <source>News files (*.txt *.html *.htm *.xml *.rss *.atom);;All files (*)</source>
        <translation>뉴스 파일 (*.txt *.html *.htm *.xml *.rss *.atom);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>폴더 가져오기</translation>
    </message>
    <message>
        <source>About Chipline</source>
        <translation>칩라인 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chipline %1&lt;/h3&gt;&lt;p&gt;News analysis for the contest over AI-chip export controls between the United States and China, in Korean and English sources.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;칩라인 %1&lt;/h3&gt;&lt;p&gt;미국과 중국의 AI 칩 수출 통제 경쟁을 한국어·영어 뉴스로 분석합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 가져오는 중</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>기사 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln article(s)</source>
        <translation>
            <numerusform>기사 %Ln건 이상</numerusform>
        </translation>
    </message>
    <message>
        <source>The search matches too many articles to count them all as you type</source>
        <translation>검색어와 맞는 기사가 너무 많아 입력하는 동안에는 모두 세지 않습니다</translation>
    </message>
    <message numerus="yes">
        <source>About %Ln article(s)</source>
        <translation>
            <numerusform>기사 약 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated from a sample of the articles: the search matches too many to count them all as you type</source>
        <translation>기사 일부를 표본으로 추정한 수입니다. 검색어와 맞는 기사가 너무 많아 입력하는 동안에는 모두 세지 않습니다</translation>
    </message>
</context>
<context>
    <name>chipline::ui::MigrationBackup</name>
    <message>
        <source>Chipline</source>
        <translation>칩라인</translation>
    </message>
    <message>
        <source>This database was written by an older version of Chipline and must be upgraded before it can be opened (schema %1 to %2). After the upgrade, older versions cannot open it.

Back it up first?</source>
        <translation>이 데이터베이스는 이전 버전의 Chipline으로 작성되어, 열기 전에 업그레이드해야 합니다(스키마 %1 → %2). 업그레이드한 뒤에는 이전 버전에서 열 수 없습니다.

먼저 백업할까요?</translation>
    </message>
    <message>
        <source>The backup is written to:
%1</source>
        <translation>백업 파일 위치:
%1</translation>
    </message>
    <message>
        <source>Back Up and Upgrade</source>
        <translation>백업 후 업그레이드</translation>
    </message>
    <message>
        <source>Upgrade Without Backup</source>
        <translation>백업 없이 업그레이드</translation>
    </message>
    <message>
        <source>The backup failed, so the database was not upgraded.

%1

Upgrade anyway?</source>
        <translation>백업에 실패하여 데이터베이스를 업그레이드하지 않았습니다.

%1

그래도 업그레이드할까요?</translation>
    </message>
</context>
<context>
    <name>chipline::ui::NewNamesController</name>
    <message>
        <source>New names</source>
        <translation>새 이름</translation>
    </message>
    <message>
        <source>Review &amp;New Names</source>
        <translation>새 이름 검토(&amp;N)</translation>
    </message>
    <message>
        <source>The names found by patterns that are not your entities yet: accept, alias or reject them</source>
        <translation>패턴으로 찾았지만 아직 개체가 아닌 이름: 수락하거나 별칭으로 추가하거나 거부합니다</translation>
    </message>
    <message>
        <source>Accept “%1”</source>
        <translation>“%1” 수락</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n new name(s)</source>
        <translation>
            <numerusform>새 이름 %n개 수락</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept “%1” as %2</source>
        <translation>“%1”을(를) %2(으)로 수락</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n new name(s) as %1</source>
        <translation>
            <numerusform>새 이름 %n개를 %1(으)로 수락</numerusform>
        </translation>
    </message>
    <message>
        <source>Add “%1” as another name of:</source>
        <translation>“%1”을(를) 별칭으로 추가할 개체:</translation>
    </message>
    <message numerus="yes">
        <source>Add %n new name(s) as other names of:</source>
        <translation>
            <numerusform>새 이름 %n개를 별칭으로 추가할 개체:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add as Alias</source>
        <translation>별칭으로 추가</translation>
    </message>
    <message>
        <source>Add “%1” as an alias of %2</source>
        <translation>“%1”을(를) %2의 별칭으로 추가</translation>
    </message>
    <message numerus="yes">
        <source>Add %n new name(s) as aliases of %1</source>
        <translation>
            <numerusform>새 이름 %n개를 %1의 별칭으로 추가</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation>“%1” 거부</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n new name(s)</source>
        <translation>
            <numerusform>새 이름 %n개 거부</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>아무것도 바꾸지 않았습니다: %1</translation>
    </message>
    <message>
        <source>New names (%1)</source>
        <translation>새 이름 (%1)</translation>
    </message>
    <message>
        <source>“%1” was decided on meanwhile, elsewhere; the list now shows the names left.</source>
        <translation>“%1”은(는) 그사이 다른 곳에서 결정되었습니다. 목록에는 남은 이름만 보입니다.</translation>
    </message>
</context>
<context>
    <name>chipline::ui::NewNamesModel</name>
    <message>
        <source>Guessed from the words around the name; “Accept as” gives it another type</source>
        <translation>이름 주변의 단어로 추정한 유형입니다. ‘다른 유형으로 수락’으로 바꿀 수 있습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, in %Ln article(s)</source>
        <translation>
            <numerusform>%1 — %2, 기사 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>The name as the articles write it</source>
        <translation>기사에 쓰인 그대로의 이름</translation>
    </message>
    <message>
        <source>Guessed type</source>
        <translation>추정 유형</translation>
    </message>
    <message>
        <source>The type the pattern that found the name suggests</source>
        <translation>이름을 찾은 패턴이 가리키는 유형</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Articles that mention the name</source>
        <translation>이 이름이 나오는 기사 수</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>언급</translation>
    </message>
    <message>
        <source>Mentions in all articles</source>
        <translation>모든 기사에서 언급된 횟수</translation>
    </message>
</context>
<context>
    <name>chipline::ui::NewNamesPanel</name>
    <message>
        <source>Accept as</source>
        <translation>다른 유형으로 수락</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>Make the selected names your entities, of the guessed type, and mark them in every article</source>
        <translation>선택한 이름을 추정한 유형의 개체로 만들고 모든 기사에서 표시합니다</translation>
    </message>
    <message>
        <source>Accept the selected names as entities of another type</source>
        <translation>선택한 이름을 다른 유형의 개체로 수락합니다</translation>
    </message>
    <message>
        <source>Add as Alias of…</source>
        <translation>별칭으로 추가…</translation>
    </message>
    <message>
        <source>Make the selected names other names of an entity you choose; their mentions move there</source>
        <translation>선택한 이름을 고른 개체의 별칭으로 만듭니다. 언급도 그 개체로 옮겨집니다</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Not a name: remove the highlights and never propose it again</source>
        <translation>이름이 아님: 강조를 지우고 다시는 제안하지 않습니다</translation>
    </message>
    <message>
        <source>List only names of this guessed type</source>
        <translation>이 유형으로 추정한 이름만 표시</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>List only names found in at least this many articles</source>
        <translation>이 수 이상의 기사에 나온 이름만 표시</translation>
    </message>
    <message>
        <source>Articles ≥</source>
        <translation>기사 수 ≥</translation>
    </message>
    <message>
        <source>Filter names</source>
        <translation>이름 필터</translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s)</source>
        <translation>
            <numerusform>이름 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No new names match the filters.&lt;/p&gt;</source>
        <translation>&lt;p&gt;필터에 맞는 새 이름이 없습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select a name to see where it appears.</source>
        <translation>이름을 선택하면 나오는 곳을 보여 줍니다.</translation>
    </message>
    <message numerus="yes">
        <source>Where “%1” appears (%Ln mention(s)):</source>
        <translation>
            <numerusform>“%1”이(가) 나오는 곳 (언급 %Ln회):</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>Double-click to read it in the article</source>
        <translation>두 번 클릭하면 기사에서 읽습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln name(s)</source>
        <translation>
            <numerusform>이름 %Ln개 중 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No new names to review&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Names found by patterns that are not in your entities yet appear here: officials named by their titles (…&amp;#8288;대변인, Commerce Secretary&amp;nbsp;…), firms by their head words (…&amp;#8288;증권, …&amp;nbsp;Corp.), chip and model numbers.&lt;/p&gt;&lt;p&gt;Accept them as entities, give them another type, add them as another name of an entity you have, or reject them. Until then the reader underlines them with dashes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;검토할 새 이름이 없습니다&lt;/b&gt;&lt;/p&gt;&lt;p&gt;패턴으로 찾았지만 아직 개체에 없는 이름이 여기에 나타납니다: 직함으로 불린 관리(…&amp;#8288;대변인, Commerce Secretary&amp;nbsp;…), 끝말로 알아본 회사(…&amp;#8288;증권, …&amp;nbsp;Corp.), 칩과 모델 번호.&lt;/p&gt;&lt;p&gt;개체로 수락하거나, 다른 유형을 주거나, 있는 개체의 별칭으로 추가하거나, 거부하세요. 그때까지 본문에는 파선 밑줄로 표시됩니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>chipline::ui::OccurrenceDialog</name>
    <message>
        <source>Apply to All Occurrences</source>
        <translation>모든 출현 위치에 적용</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>문맥</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>기사 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 occurrences selected</source>
        <translation>
            <numerusform>%1곳 중 %n곳 선택</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chipline::ui::RestoreDialog</name>
    <message>
        <source>before an upgrade</source>
        <translation>업그레이드 전</translation>
    </message>
    <message>
        <source>before apply to all</source>
        <translation>모두 적용 전</translation>
    </message>
    <message>
        <source>before recognition</source>
        <translation>다시 인식 전</translation>
    </message>
    <message>
        <source>before an events import</source>
        <translation>사건 가져오기 전</translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation>병합 전</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>매일</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>복원 전</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>직접 만듦</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Chipline backs up your database before upgrades and bulk edits, and once a day while it is open. Restoring keeps the current state as a backup first.</source>
        <translation>Chipline은 업그레이드와 일괄 편집 전에, 그리고 열려 있는 동안 하루에 한 번 데이터베이스를 백업합니다. 복원하면 먼저 지금 상태를 백업으로 남깁니다.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>만든 때</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Confirmed events</source>
        <translation>확정 사건</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>최근 백업</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>개 보관</translation>
    </message>
    <message>
        <source>good</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>손상됨: %1</translation>
    </message>
    <message>
        <source>No backups yet in %1.</source>
        <translation>%1에 아직 백업이 없습니다.</translation>
    </message>
    <message>
        <source>Restore the backup of %1 (%2 articles)? The current state is kept as a backup first.</source>
        <translation>%1 백업(기사 %2건)을 복원할까요? 먼저 지금 상태를 백업으로 남깁니다.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>복원하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The state before is kept as %2.</source>
        <translation>%1 백업을 복원했습니다. 이전 상태는 %2에 남겼습니다.</translation>
    </message>
</context>
<context>
    <name>chipline::ui::SavedFileNotice</name>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>이 알림 숨기기</translation>
    </message>
    <message>
        <source>Saved %1 in %2</source>
        <translation>%1을(를) %2에 저장함</translation>
    </message>
</context>
<context>
    <name>chipline::ui::TimelineController</name>
    <message numerus="yes">
        <source>Confirm %n event(s)</source>
        <translation>
            <numerusform>사건 %n개 확정</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n event(s)</source>
        <translation>
            <numerusform>사건 %n개 거부</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” 편집</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n event(s)</source>
        <translation>
            <numerusform>사건 %n개 병합</numerusform>
        </translation>
    </message>
    <message>
        <source>Split evidence off “%1”</source>
        <translation>“%1”에서 근거 분리</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>“%1” 추가</translation>
    </message>
    <message>
        <source>Set the date of article %1 to %2</source>
        <translation>기사 %1의 날짜를 %2(으)로 지정</translation>
    </message>
    <message>
        <source>Cannot set the date: %1</source>
        <translation>날짜를 지정할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Article recognized again: %n event(s) found</source>
        <translation>
            <numerusform>기사를 다시 인식했습니다: 사건 %n개 발견</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n event(s)</source>
        <translation>
            <numerusform>사건 %n개 가져오기</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the lanes</source>
        <translation>레인 편집</translation>
    </message>
</context>
<context>
    <name>chipline::ui::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <source>Show the whole range (Home)</source>
        <translation>전체 기간 보기 (Home)</translation>
    </message>
    <message>
        <source>Zoom +</source>
        <translation>확대 +</translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation>축소 −</translation>
    </message>
    <message>
        <source>Go to Date…</source>
        <translation>날짜로 이동…</translation>
    </message>
    <message>
        <source>Lanes…</source>
        <translation>레인…</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>Merge the selected events into the first</source>
        <translation>선택한 사건을 첫 사건으로 병합</translation>
    </message>
    <message>
        <source>Split Evidence</source>
        <translation>근거 분리</translation>
    </message>
    <message>
        <source>Move the passages selected in the details into a new event</source>
        <translation>세부 정보에서 선택한 구절을 새 사건으로 옮깁니다</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Confirmed and candidates</source>
        <translation>확정 및 후보</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>후보</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>모든 분류</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>Lanes by actor</source>
        <translation>행위자별 레인</translation>
    </message>
    <message>
        <source>Lanes by category</source>
        <translation>분류별 레인</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>모든 기사</translation>
    </message>
    <message>
        <source>Articles in the list</source>
        <translation>목록의 기사</translation>
    </message>
    <message>
        <source>Article in the reader</source>
        <translation>읽고 있는 기사</translation>
    </message>
    <message>
        <source>Show only events with evidence in the articles the list shows (its search, dates, outlet, entities …) or in the article the reader shows</source>
        <translation>기사 목록에 보이는 기사(검색, 날짜, 매체, 개체 …) 또는 읽고 있는 기사에 근거가 있는 사건만 보입니다</translation>
    </message>
    <message>
        <source>From</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Events of</source>
        <translation>사건 출처</translation>
    </message>
    <message>
        <source>Cannot read the events.

%1</source>
        <translation>사건을 읽을 수 없습니다.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Timeline — %n event(s)</source>
        <translation>
            <numerusform>연표 — 사건 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline Lanes</source>
        <translation>연표 레인</translation>
    </message>
    <message>
        <source>Cannot read the lanes.

%1</source>
        <translation>레인을 읽을 수 없습니다.

%1</translation>
    </message>
    <message>
        <source>Select two or more events with Ctrl+click to merge them.</source>
        <translation>병합하려면 Ctrl+클릭으로 사건을 두 개 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>분리</translation>
    </message>
    <message>
        <source>Select one event, then the passages to move into a new event.</source>
        <translation>사건 하나를 고른 뒤 새 사건으로 옮길 구절을 선택하세요.</translation>
    </message>
    <message>
        <source>Add to Timeline</source>
        <translation>연표에 추가</translation>
    </message>
    <message>
        <source>Go to Date</source>
        <translation>날짜로 이동</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD, YYYY-MM or YYYY):</source>
        <translation>날짜 (YYYY-MM-DD, YYYY-MM 또는 YYYY):</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1”은(는) 날짜가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>chipline::ui::TimelineIntegration</name>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Cannot write %1.

%2</source>
        <translation>%1에 쓸 수 없습니다.

%2</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>연표 내보내기</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv);;TimelineJS JSON (*.json);;SVG image (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;CSV (*.csv);;TimelineJS JSON (*.json);;SVG 이미지 (*.svg);;PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation>사건 가져오기</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1.

%2</source>
        <translation>%1을(를) 읽을 수 없습니다.

%2</translation>
    </message>
    <message>
        <source>Imported %1 events as confirmed; %2 were already on the timeline.</source>
        <translation>사건 %1개를 확정으로 가져왔습니다. %2개는 이미 연표에 있었습니다.</translation>
    </message>
    <message>
        <source>New entities: %1</source>
        <translation>새 개체: %1</translation>
    </message>
    <message>
        <source>Rows left out:
%1</source>
        <translation>제외된 행:
%1</translation>
    </message>
    <message>
        <source>&amp;Print Timeline…</source>
        <translation>연표 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>인쇄 미리 보기(&amp;V)…</translation>
    </message>
    <message>
        <source>Export Timeline as P&amp;DF…</source>
        <translation>연표를 PDF로 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF 내보내기</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>연표(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lanes…</source>
        <translation>레인(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Add Selection to Timeline…</source>
        <translation>선택 영역을 연표에 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import Events from CSV…</source>
        <translation>CSV에서 사건 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Timeline…</source>
        <translation>연표 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Add to Timeline</source>
        <translation>연표에 추가</translation>
    </message>
    <message>
        <source>Select the passage in the reader first.</source>
        <translation>먼저 본문에서 구절을 선택하세요.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
    <message>
        <source>The change could not be saved.

%1</source>
        <translation>변경 내용을 저장하지 못했습니다.

%1</translation>
    </message>
</context>
<context>
    <name>chipline::ui::TimelineLanesDialog</name>
    <message>
        <source>Everything else</source>
        <translation>나머지 전부</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>모든 %1</translation>
    </message>
    <message>
        <source>Timeline Lanes</source>
        <translation>연표 레인</translation>
    </message>
    <message>
        <source>Find an entity by name or alias</source>
        <translation>이름이나 별칭으로 개체 찾기</translation>
    </message>
    <message>
        <source>An event goes in the first lane that claims one of its actors; events no lane claims go in the last lane.</source>
        <translation>사건은 행위자 중 하나를 포함하는 첫 레인에 놓이고, 어느 레인에도 속하지 않는 사건은 마지막 레인에 놓입니다.</translation>
    </message>
    <message>
        <source>&amp;Add Lane</source>
        <translation>레인 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>이름 바꾸기(&amp;N)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Lane</source>
        <translation>레인 삭제(&amp;V)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>위로(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>아래로(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Lanes, top first:</source>
        <translation>레인(&amp;L), 위에서부터:</translation>
    </message>
    <message>
        <source>Remove from Lane</source>
        <translation>레인에서 빼기</translation>
    </message>
    <message>
        <source>Add &amp;Entity</source>
        <translation>개체 추가(&amp;E)</translation>
    </message>
    <message>
        <source>Add every entity of a type…</source>
        <translation>유형의 모든 개체 추가…</translation>
    </message>
    <message>
        <source>Add Everything Else</source>
        <translation>나머지 전부 추가</translation>
    </message>
    <message>
        <source>Members of the lane:</source>
        <translation>레인 구성원:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) — “%3”</source>
        <translation>%1 (%2) — “%3”</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>새 레인</translation>
    </message>
</context>
<context>
    <name>chipline::ui::TimelineView</name>
    <message>
        <source>Wheel or +/− to zoom, drag to pan, Home to fit all; click to select, Ctrl+click for several</source>
        <translation>휠이나 +/−로 확대·축소, 끌어서 이동, Home으로 전체 보기; 눌러서 선택, Ctrl+클릭으로 여러 개 선택</translation>
    </message>
    <message>
        <source>Reading the events…</source>
        <translation>사건을 읽는 중…</translation>
    </message>
    <message>
        <source>No events match the filters</source>
        <translation>조건에 맞는 사건이 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n unlabelled: zoom in</source>
        <translation>
            <numerusform>이름 없는 사건 %n개: 확대하세요</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chipline::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Chipline</source>
        <translation>Chipline에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Chipline&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Chipline에 오신 것을 환영합니다&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Chipline reads the Korean and English news you save about the AI-chip export-control contest, finds the companies, agencies, people, chips and dates in it, and builds a timeline. Everything stays on this computer.</source>
        <translation>Chipline은 AI 반도체 수출통제 경쟁에 관해 저장해 둔 한국어·영어 기사를 읽고, 그 안의 기업·기관·인물·칩·날짜를 찾아 연표를 만듭니다. 모든 데이터는 이 컴퓨터에만 남습니다.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to do first&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Import the news you saved with &lt;b&gt;File ▸ Import Files…&lt;/b&gt; or &lt;b&gt;Import Folder…&lt;/b&gt;: search-result pages, TV transcripts, wire stories, plain text, saved web pages and RSS/Atom feeds.&lt;/li&gt;&lt;li&gt;Select an article in the list to read it.&lt;/li&gt;&lt;li&gt;For batch work without a window, run &lt;tt&gt;chipline --help&lt;/tt&gt; in a terminal.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Not sure where to start? Load the sample articles: short synthetic news in every layout Chipline reads, to look around in first. You can import your own files into the same database later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;먼저 할 일&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;저장해 둔 기사를 &lt;b&gt;파일 ▸ 파일 가져오기…&lt;/b&gt; 또는 &lt;b&gt;폴더 가져오기…&lt;/b&gt;로 가져옵니다: 검색 결과 페이지, 방송 대본, 통신 기사, 일반 텍스트, 저장한 웹 페이지, RSS/Atom 피드.&lt;/li&gt;&lt;li&gt;목록에서 기사를 선택하면 읽을 수 있습니다.&lt;/li&gt;&lt;li&gt;창 없이 일괄 작업을 하려면 터미널에서 &lt;tt&gt;chipline --help&lt;/tt&gt;를 실행하십시오.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;어디서 시작할지 모르겠다면 예제 기사를 불러오십시오. Chipline이 읽는 모든 형식의 짧은 합성 기사로, 먼저 둘러보기에 좋습니다. 나중에 같은 데이터베이스에 자신의 파일을 가져올 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <source>Load Sample Articles</source>
        <translation>예제 기사 불러오기</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>빈 상태로 시작</translation>
    </message>
    <message>
        <source>Chipline</source>
        <translation>칩라인</translation>
    </message>
    <message>
        <source>Cannot read the database.

%1</source>
        <translation>데이터베이스를 읽을 수 없습니다.

%1</translation>
    </message>
    <message>
        <source>The sample articles could not be imported.

%1</source>
        <translation>예제 기사를 가져오지 못했습니다.

%1</translation>
    </message>
</context>
</TS>
