SELECT value FROM store_meta WHERE key = 'reporting_currency'
