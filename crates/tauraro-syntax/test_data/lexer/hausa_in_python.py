idan ko ba kokuma idan kokuma  idan kokumaidan kokuma x aiki dan_aiki gaskiyane babu daidaita yanayi
