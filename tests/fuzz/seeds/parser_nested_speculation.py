x2({2,{'a': 1, awarange(it (x2,{2,{'a': 1,X(3,{'a': 1,'1ea': 1,+412+457+458+plt(xprknn.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b8{*z2oi_22{2{*llzn{nrinn22@{2{*ls{*llzn{nrinn:= 1,
p:T(x
