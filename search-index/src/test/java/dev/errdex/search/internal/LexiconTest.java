package dev.errdex.search.internal;

import dev.errdex.search.internal.Lexicon.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconTest {

    private final Lexicon lexicon = Lexicon.defaults();

    @Test
    void tellsTheSupportLanguagesApartByTheirFunctionWords() {
        assertThat(Lexicon.language("Le lien ne fonctionne plus depuis ce matin et la page est vide.", Language.ENGLISH))
                .isEqualTo(Language.FRENCH);
        assertThat(Lexicon.language("El agente no se conecta y la cuenta dice que está suspendida.", Language.ENGLISH))
                .isEqualTo(Language.SPANISH);
        assertThat(Lexicon.language("Il dominio non è più raggiungibile e l'agente mi dice che è riservato.",
                Language.ENGLISH)).isEqualTo(Language.ITALIAN);
        assertThat(Lexicon.language("O agente não consegue conectar com a minha aplicação no Docker.",
                Language.ENGLISH)).isEqualTo(Language.PORTUGUESE);
        assertThat(Lexicon.language("The endpoint is offline and my agent was stopped.", Language.FRENCH))
                .isEqualTo(Language.ENGLISH);
    }

    @Test
    void aPassageTooShortToTellTakesTheTextsLanguage() {
        assertThat(Lexicon.language("Merci d'avance,", Language.FRENCH)).isEqualTo(Language.FRENCH);
        assertThat(Lexicon.language("ngrok http 8080", Language.SPANISH)).isEqualTo(Language.SPANISH);
    }

    @Test
    void textInChineseJapaneseOrKoreanScriptIsNeitherEnglishNorGlossed() {
        Language l = Lexicon.language("ngrok のエージェントを起動すると、セッションが認証されていないと表示されます。", Language.ENGLISH);
        assertThat(l).isEqualTo(Language.OTHER);
        assertThat(l.glossed()).isFalse();
    }

    @Test
    void glossRendersKnownWordsAndPhrasesInEnglishAndKeepsTheRest() {
        String gloss = lexicon.gloss("Je tombe sur une page ngrok qui dit que le point d'accès n'est pas en ligne.",
                Language.FRENCH);
        assertThat(gloss.split(" ")).contains("endpoint", "is", "offline", "page", "ngrok")
                .doesNotContain("point", "accès", "le", "une", "d", "n");
        assertThat(lexicon.gloss("La cuenta fue suspendida por falta de pago de la tarjeta.", Language.SPANISH))
                .contains("account", "suspended", "payment", "card");
        assertThat(lexicon.gloss("Il dominio risulta riservato a un altro account.", Language.ITALIAN))
                .contains("domain", "reserved", "another account");
        assertThat(lexicon.gloss("O agente no contêiner não alcança a aplicação no host.", Language.PORTUGUESE))
                .contains("agent", "not", "reach", "application", "host");
    }

    @Test
    void pluralAndGenderFormsShareTheLexiconEntry() {
        assertThat(lexicon.gloss("sesiones suspendidas", Language.SPANISH)).contains("session", "suspended");
        assertThat(lexicon.gloss("comptes suspendus", Language.FRENCH)).contains("account", "suspended");
    }

    @Test
    void englishAndUnknownLanguagesAreLeftAsWritten() {
        String text = "The endpoint is offline.";
        assertThat(lexicon.gloss(text, Language.ENGLISH)).isEqualTo(text);
        assertThat(lexicon.gloss(text, Language.OTHER)).isEqualTo(text);
    }
}
