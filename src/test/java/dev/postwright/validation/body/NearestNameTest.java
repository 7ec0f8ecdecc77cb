package dev.postwright.validation.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearestNameTest {

    private static List<String> urls(int n) {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            urls.add("/posts/post-number-" + i + "/");
        }
        return urls;
    }

    @Test
    void aSmallSetIsComparedWithEveryNameLikeClosest() {
        List<String> urls = List.of("/posts/hello-world/", "/posts/goodbye/");
        NearestName nearest = new NearestName(urls);
        assertEquals(Closest.to("/posts/helo-world/", urls), nearest.closest("/posts/helo-world/"));
        assertEquals(Optional.of("/posts/hello-world/"), nearest.closest("/posts/helo-world/"));
        assertEquals(Optional.empty(), nearest.closest("/posts/something-else-entirely/"));
    }

    @Test
    void aLargeSetStillFindsTheNearName() {
        NearestName nearest = new NearestName(urls(20_000));
        assertEquals(Optional.of("/posts/post-number-12345/"), nearest.closest("/posts/post-numbr-12345/"));
        assertEquals(Optional.of("/posts/post-number-777/"), nearest.closest("/posts/post-numbr-777/"));
    }

    @Test
    void aLargeSetIsSilentWhenNothingIsNear() {
        NearestName nearest = new NearestName(urls(20_000));
        assertEquals(Optional.empty(), nearest.closest("/posts/a-completely-different-title-here/"));
    }

    @Test
    void tenThousandQueriesAgainstTenThousandNamesAreNotQuadratic() {
        List<String> urls = urls(10_000);
        NearestName nearest = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new NearestName(urls));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 10_000; i++) {
                nearest.closest("/posts/missing-post-" + i + "/");
            }
        });
    }
}
