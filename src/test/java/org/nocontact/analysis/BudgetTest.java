package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BudgetTest {
    @Test
    void workWithinTheBudgetIsTakenFromIt() {
        Budget budget = Budget.of(10);
        assertThat(budget.used()).isZero();
        assertThat(budget.spend(4)).isTrue();
        assertThat(budget.used()).isEqualTo(4);
        assertThat(budget.spent()).isFalse();
    }

    @Test
    void workThatUsesTheBudgetExactlyIsDoneAndLeavesItSpent() {
        Budget budget = Budget.of(10);
        assertThat(budget.spend(10)).isTrue();
        assertThat(budget.used()).isEqualTo(10);
        assertThat(budget.spent()).isTrue();
        assertThat(budget.spend(1)).isFalse();
    }

    @Test
    void workBeyondWhatIsLeftIsRefusedAndSpendsTheBudget() {
        Budget budget = Budget.of(10);
        budget.spend(3);
        assertThat(budget.spend(8)).isFalse();
        assertThat(budget.spent()).isTrue();
        assertThat(budget.used()).isEqualTo(10);
    }

    @Test
    void theStandardBudgetIsTheDefaultWorkUnspent() {
        Budget budget = Budget.standard();
        assertThat(budget.spent()).isFalse();
        assertThat(budget.spend(Budget.DEFAULT_WORK)).isTrue();
        assertThat(budget.spent()).isTrue();
    }
}
