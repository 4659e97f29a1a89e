package dev.aksca.ops;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the periodic check decides to close the jars, from the count of loaded classes it reads each period. */
class LateJarReleaseTest {

    @Test
    void jarsCloseAtTheFirstQuietPeriodAndNotAgainUntilMoreClassesLoad() {
        LateJarRelease.QuietClassLoading quiet = new LateJarRelease.QuietClassLoading();

        assertFalse(quiet.releaseNow(10_000), "the first reading, taken after start-up");
        assertFalse(quiet.releaseNow(10_400), "classes still loading");
        assertFalse(quiet.releaseNow(10_900), "classes still loading");
        assertTrue(quiet.releaseNow(10_900), "the first quiet period after loading");
        assertFalse(quiet.releaseNow(10_900), "closed already; nothing new since");
        assertFalse(quiet.releaseNow(10_900), "closed already; nothing new since");
    }

    @Test
    void aLaterSpellOfClassLoadingClosesTheJarsAgainOnceItEnds() {
        LateJarRelease.QuietClassLoading quiet = new LateJarRelease.QuietClassLoading();
        quiet.releaseNow(10_500);
        assertTrue(quiet.releaseNow(10_500));

        assertFalse(quiet.releaseNow(10_520), "a first apply loads the write models");
        assertTrue(quiet.releaseNow(10_520));
        assertFalse(quiet.releaseNow(10_520));
    }
}
