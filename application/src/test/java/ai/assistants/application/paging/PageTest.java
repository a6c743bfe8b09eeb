package ai.assistants.application.paging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    @ParameterizedTest
    @CsvSource({"0, 10, 1", "1, 10, 1", "10, 10, 1", "11, 10, 2", "23, 10, 3", "100, 1, 100", "101, 100, 2"})
    void hasAsManyPagesAsTheTotalFillsAndAtLeastOne(long total, int perPage, long lastPage) {
        assertThat(new Page<>(List.of(), new PageRequest(1, perPage), total).lastPage()).isEqualTo(lastPage);
    }

    @Test
    void placesItsItemsInTheWholeListing() {
        Page<String> third = new Page<>(List.of("u", "v", "w"), new PageRequest(3, 10), 23);

        assertThat(third.firstPosition()).hasValue(21);
        assertThat(third.lastPosition()).hasValue(23);
    }

    @Test
    void hasNoPositionsWhenEmpty() {
        Page<String> pastTheEnd = new Page<>(List.of(), new PageRequest(4, 10), 23);

        assertThat(pastTheEnd.firstPosition()).isEmpty();
        assertThat(pastTheEnd.lastPosition()).isEmpty();
    }

    @Test
    void refusesMoreItemsThanItsSize() {
        assertThatThrownBy(() -> new Page<>(Collections.nCopies(3, "x"), new PageRequest(1, 2), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"0, 10", "-1, 10", "1, 0", "1, 101"})
    void refusesARequestOutsideTheBounds(long page, int perPage) {
        assertThatThrownBy(() -> new PageRequest(page, perPage)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startsEachPageAfterThoseBeforeItAndSaturatesFarOut() {
        assertThat(new PageRequest(1, 10).offset()).isZero();
        assertThat(new PageRequest(3, 10).offset()).isEqualTo(20);
        assertThat(new PageRequest(Long.MAX_VALUE, 100).offset()).isEqualTo(Long.MAX_VALUE);
        assertThat(new PageRequest(Long.MAX_VALUE, 1).offset()).isEqualTo(Long.MAX_VALUE - 1);
    }
}
