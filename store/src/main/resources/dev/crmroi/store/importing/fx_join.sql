ASOF LEFT JOIN fx_rates fx ON v.currency = fx.currency AND CAST(${money_date} AS DATE) >= fx."on"
LEFT JOIN (SELECT currency, arg_min(rate, "on") AS rate FROM fx_rates GROUP BY currency) fx0
  ON v.currency = fx0.currency
