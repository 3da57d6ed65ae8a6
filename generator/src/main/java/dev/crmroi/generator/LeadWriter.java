package dev.crmroi.generator;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Writes the leads (after the sales writer linked the converted ones to deals), each lead's
 * marketing touchpoints for attribution, and the first-contact activity of each lead.
 */
final class LeadWriter {

  private static final String[] TOUCH_CHANNELS = {
    "email", "paid_search", "social", "events", "webinar", "content", "organic_search", "referral"
  };
  private static final String[] STATUS = {"open", "qualified", "converted", "disqualified"};

  private final MarketingPlan plan;
  private final AccountBook book;
  private final Randoms randoms;
  private final ActivityWriter activities;
  private long nextTouch = 1;

  LeadWriter(MarketingPlan plan, AccountBook book, Randoms randoms, ActivityWriter activities) {
    this.plan = plan;
    this.book = book;
    this.randoms = randoms;
    this.activities = activities;
  }

  void write(Export export) {
    SplittableRandom rng = randoms.cell(Streams.TOUCHES, 0, 0);
    for (int i = 0; i < plan.leadCount; i++) {
      writeLead(export.leads, i);
      writeTouches(export.touches, rng, i);
      if (plan.firstContact[i] <= Timeline.END_EPOCH_SECOND) {
        activities.forLead(
            export, rng, i + 1, plan.firstContact[i], plan.owner[i], plan.account[i]);
      }
    }
  }

  private void writeLead(CsvSink s, int i) {
    int campaign = plan.campaign[i];
    boolean converted = plan.status[i] == MarketingPlan.STATUS_CONVERTED;
    s.id(Export.LEAD, i + 1)
        .timestamp(plan.created[i])
        .text(campaign < 0 ? "referral" : MarketingPlan.CHANNELS[plan.campaignChannel[campaign]]);
    if (campaign < 0) {
      s.empty();
    } else {
      s.id(Export.CAMPAIGN, campaign + 1);
    }
    s.id(Export.ACCOUNT, plan.account[i] + 1)
        .id(Export.USER, plan.owner[i])
        .text(STATUS[plan.status[i]]);
    if (plan.firstContact[i] <= Timeline.END_EPOCH_SECOND) {
      s.timestamp(plan.firstContact[i]);
    } else {
      s.empty();
    }
    if (converted) {
      s.timestamp(plan.converted[i]);
    } else {
      s.empty();
    }
    if (plan.opportunity[i] > 0) {
      s.id(Export.OPPORTUNITY, plan.opportunity[i]);
    } else {
      s.empty();
    }
    s.endRow();
  }

  /** One to several touches: the campaign's own channel first, then other channels. */
  private void writeTouches(CsvSink s, SplittableRandom rng, int i) {
    int n = 1 + Randoms.poisson(rng, 1.6);
    long created = plan.created[i];
    long until = plan.status[i] == MarketingPlan.STATUS_CONVERTED ? plan.converted[i] : created;
    long from = created - 86_400L * 30;
    long[] at = new long[n];
    at[0] = created - rng.nextInt(86_400 * 3);
    for (int k = 1; k < n; k++) {
      at[k] = from + (long) (rng.nextDouble() * (until - from));
    }
    Arrays.sort(at);
    int campaign = plan.campaign[i];
    int account = plan.account[i];
    int contact = book.pickContact(rng, account);
    for (int k = 0; k < n; k++) {
      boolean campaignTouch = k == 0 && campaign >= 0;
      String channel =
          campaignTouch
              ? MarketingPlan.CHANNELS[plan.campaignChannel[campaign]]
              : campaign < 0 && k == 0
                  ? "referral"
                  : TOUCH_CHANNELS[rng.nextInt(TOUCH_CHANNELS.length)];
      s.id(Export.TOUCH, nextTouch++)
          .timestamp(Math.max(at[k], Timeline.monthStartSecond(0)))
          .text(channel)
          .id(Export.CONTACT, contact + 1)
          .id(Export.LEAD, i + 1)
          .id(Export.ACCOUNT, account + 1);
      if (campaignTouch) {
        s.id(Export.CAMPAIGN, campaign + 1);
      } else {
        s.empty();
      }
      s.endRow();
    }
  }
}
