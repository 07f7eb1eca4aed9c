package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Issue 5: know the language, so that what Sitrep cannot analyse is said rather than analysed wrong. */
class LanguageGuesserTest {
    @Test
    void english_news_is_english() {
        assertEquals("en", LanguageGuesser.guess("The prime minister's office denied on Tuesday that Washington had asked Lebanon "
                + "to declare a ceasefire, saying the talks were still under way."));
        assertEquals("en", LanguageGuesser.guess("Talks in the capital"), "a short English title stays English, as before");
    }

    @Test
    void latin_script_languages_are_told_by_their_function_words() {
        assertEquals("fr", LanguageGuesser.guess("Le gouvernement a annoncé mardi que les négociations avec les syndicats "
                + "reprendraient la semaine prochaine, selon un communiqué publié par l'agence."));
        assertEquals("de", LanguageGuesser.guess("Die Regierung hat am Dienstag mitgeteilt, dass die Verhandlungen mit den "
                + "Gewerkschaften in der nächsten Woche fortgesetzt werden, sagte ein Sprecher."));
        assertEquals("es", LanguageGuesser.guess("El gobierno anunció el martes que las negociaciones con los sindicatos se "
                + "reanudarán la próxima semana, según un comunicado publicado por la agencia."));
        assertEquals("it", LanguageGuesser.guess("Il governo ha annunciato martedì che i negoziati con i sindacati "
                + "riprenderanno la settimana prossima, secondo un comunicato dell'agenzia."));
        assertEquals("pt", LanguageGuesser.guess("O governo anunciou na terça-feira que as negociações com os sindicatos "
                + "serão retomadas na próxima semana, segundo um comunicado publicado pela agência."));
        assertEquals("nl", LanguageGuesser.guess("De regering heeft dinsdag bekendgemaakt dat de onderhandelingen met de "
                + "vakbonden volgende week worden hervat, volgens een verklaring van het agentschap."));
        assertEquals("tr", LanguageGuesser.guess("Hükümet salı günü yaptığı açıklamada sendikalar ile müzakerelerin gelecek "
                + "hafta yeniden başlayacağını ve bu konuda bir anlaşma için çok çalışılacağını duyurdu."));
        assertEquals("id", LanguageGuesser.guess("Pemerintah mengumumkan pada hari Selasa bahwa perundingan dengan serikat "
                + "pekerja akan dilanjutkan pekan depan, kata juru bicara yang tidak ingin disebut namanya."));
        assertEquals("sv", LanguageGuesser.guess("Regeringen meddelade på tisdagen att förhandlingarna med facket kommer att "
                + "återupptas nästa vecka, enligt ett uttalande från myndigheten som har publicerats."));
        assertEquals("pl", LanguageGuesser.guess("Rząd poinformował we wtorek, że negocjacje ze związkami zawodowymi zostaną "
                + "wznowione w przyszłym tygodniu, a porozumienie jest możliwe, powiedział rzecznik."));
    }

    @Test
    void other_scripts_name_their_language() {
        assertEquals("ar", LanguageGuesser.guess("قال مصدر سياسي إن الهدنة في الجنوب صامدة وإن المفاوضات ستستأنف الأسبوع المقبل"));
        assertEquals("fa", LanguageGuesser.guess("دولت روز سه شنبه اعلام کرد که گفتگو با اتحادیه ها هفته آینده دوباره آغاز می شود"));
        assertEquals("ur", LanguageGuesser.guess("حکومت نے منگل کو اعلان کیا کہ یونینوں کے ساتھ مذاکرات اگلے ہفتے دوبارہ شروع ہوں گے"));
        assertEquals("ru", LanguageGuesser.guess("Правительство объявило во вторник, что переговоры с профсоюзами возобновятся на следующей неделе"));
        assertEquals("uk", LanguageGuesser.guess("Уряд оголосив у вівторок, що переговори з профспілками відновляться наступного тижня"));
        assertEquals("bg", LanguageGuesser.guess("Правителството обяви във вторник, че преговорите със синдикатите ще бъдат подновени следващата седмица"));
        assertEquals("he", LanguageGuesser.guess("הממשלה הודיעה ביום שלישי כי המשא ומתן עם האיגודים יתחדש בשבוע הבא"));
        assertEquals("el", LanguageGuesser.guess("Η κυβέρνηση ανακοίνωσε την Τρίτη ότι οι διαπραγματεύσεις με τα συνδικάτα θα συνεχιστούν"));
        assertEquals("zh", LanguageGuesser.guess("政府周二宣布，与工会的谈判将于下周恢复，发言人表示双方仍有分歧。"));
        assertEquals("ja", LanguageGuesser.guess("政府は火曜日、労働組合との交渉を来週再開すると発表した。"));
        assertEquals("ko", LanguageGuesser.guess("정부는 화요일 노조와의 협상이 다음 주에 재개될 것이라고 발표했다."));
        assertEquals("hi", LanguageGuesser.guess("सरकार ने मंगलवार को घोषणा की कि यूनियनों के साथ बातचीत अगले सप्ताह फिर से शुरू होगी"));
        assertEquals("th", LanguageGuesser.guess("รัฐบาลประกาศเมื่อวันอังคารว่าการเจรจากับสหภาพแรงงานจะกลับมาดำเนินการในสัปดาห์หน้า"));
    }

    @Test
    void english_with_foreign_names_stays_english() {
        assertEquals("en", LanguageGuesser.guess("The envoy, quoted by the daily Al-Akhbar (الأخبار), said on Monday that the "
                + "talks in Doha were going well and that the sides had agreed on a timetable."));
    }

    @Test
    void too_little_text_or_no_winner_is_undetermined() {
        assertEquals("und", LanguageGuesser.guess(""));
        assertEquals("und", LanguageGuesser.guess("12345 -- 678"));
        assertEquals("und", LanguageGuesser.guess("北京"));
        assertEquals("und", LanguageGuesser.guess("Xqzv plorth kravenni duspol merantik, vorsh tellamin quor"));
    }

    @Test
    void sitrep_says_what_it_supports() {
        assertTrue(Languages.isSupported("en"));
        assertFalse(Languages.isSupported("ar"));
        assertFalse(Languages.isSupported(Languages.UNDETERMINED));
        assertTrue(LanguageGuesser.languages().containsAll(java.util.Set.of("en", "fr", "de", "es", "it", "pt", "nl", "tr", "id", "sv", "pl",
                "ar", "fa", "ur", "ru", "uk", "bg", "he", "el", "zh", "ja", "ko", "hi", "th")));
    }

    @Test
    void a_malformed_row_of_the_word_list_is_named_with_its_line() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> FunctionWords.read("words.tsv", new BufferedReader(new StringReader("# header\nen\tthe of\nfr le la\n"))));
        assertEquals("words.tsv:3: expected 'language<TAB>words', got 'fr le la'", e.getMessage());
    }

    @Test
    void a_script_row_naming_no_script_is_named_with_its_line() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> ScriptLanguages.read("scripts.tsv", new BufferedReader(new StringReader("xx\tKLINGON\n"))));
        assertEquals("scripts.tsv:1: 'KLINGON' is not a Unicode script name", e.getMessage());
    }

    /** Found when the batch began to skip other languages: "met" and "in" are Dutch words too. */
    @Test
    void a_short_english_text_with_two_words_shared_with_dutch_is_not_dutch() {
        assertEquals("und", LanguageGuesser.guess("Talks\n\nNegotiators met in Doha.\n"));
    }
}
